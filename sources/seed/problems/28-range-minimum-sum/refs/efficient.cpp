#include <algorithm>
#include <cstdio>
#include <vector>

// table[k][i] = min(values[i .. i + 2^k - 1])
std::vector<std::vector<long long>> buildSparseTable(const std::vector<long long>& values) {
    std::vector<std::vector<long long>> table{values};
    for (size_t width = 1; 2 * width <= values.size(); width *= 2) {
        const auto& previous = table.back();
        std::vector<long long> next(values.size() - 2 * width + 1);
        for (size_t i = 0; i < next.size(); i++) next[i] = std::min(previous[i], previous[i + width]);
        table.push_back(std::move(next));
    }
    return table;
}

// Minimum of values[left..right] (0-based, inclusive) from two overlapping power-of-two windows.
long long rangeMin(const std::vector<std::vector<long long>>& table, int left, int right) {
    int k = 31 - __builtin_clz(static_cast<unsigned>(right - left + 1));
    return std::min(table[k][left], table[k][right - (1 << k) + 1]);
}

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    std::vector<long long> values(n);
    for (auto& v : values) scanf("%lld", &v);
    const auto table = buildSparseTable(values);
    long long total = 0;
    for (int i = 0; i < q; i++) {
        int left, right;
        if (scanf("%d %d", &left, &right) != 2) break;
        total += rangeMin(table, left - 1, right - 1);
    }
    printf("%lld\n", total);
    return 0;
}
