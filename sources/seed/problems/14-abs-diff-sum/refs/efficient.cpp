#include <algorithm>
#include <iostream>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n;
    if (!(std::cin >> n)) return 0;
    std::vector<long long> values(n);
    for (auto &value : values) std::cin >> value;
    std::sort(values.begin(), values.end());
    long long total = 0, prefix = 0;
    for (int position = 0; position < n; position++) {
        // value is at least every earlier (smaller) value in sorted order
        total += values[position] * position - prefix;
        prefix += values[position];
    }
    std::cout << total << '\n';
    return 0;
}
