#include <algorithm>
#include <climits>
#include <cstdio>
#include <vector>

// After sorting, the closest pair of values sits next to each other.
long long closestDifference(std::vector<long long> values) {
    std::sort(values.begin(), values.end());
    long long best = LLONG_MAX;
    for (size_t i = 1; i < values.size(); i++) best = std::min(best, values[i] - values[i - 1]);
    return best;
}

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<long long> values(n);
    for (auto& v : values) scanf("%lld", &v);
    printf("%lld\n", closestDifference(values));
    return 0;
}
