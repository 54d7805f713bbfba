#include <algorithm>
#include <cstdio>
#include <vector>

// best[c] = best value within capacity c; walk c downwards so each item is used at most once.
long long bestValue(const std::vector<std::pair<int, long long>>& items, int capacity) {
    std::vector<long long> best(capacity + 1, 0);
    for (const auto& [weight, value] : items)
        for (int c = capacity; c >= weight; c--) best[c] = std::max(best[c], best[c - weight] + value);
    return best[capacity];
}

int main() {
    int n, capacity;
    if (scanf("%d %d", &n, &capacity) != 2) return 0;
    std::vector<std::pair<int, long long>> items(n);
    for (auto& [weight, value] : items) scanf("%d %lld", &weight, &value);
    printf("%lld\n", bestValue(items, capacity));
    return 0;
}
