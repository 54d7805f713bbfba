#include <algorithm>
#include <cstdio>
#include <vector>

static std::vector<int> weights;
static std::vector<long long> values;

// try both leaving item i out and putting it in
static long long best(size_t i, int room) {
    if (i == weights.size()) return 0;
    long long result = best(i + 1, room);
    if (weights[i] <= room) result = std::max(result, values[i] + best(i + 1, room - weights[i]));
    return result;
}

int main() {
    int n, capacity;
    if (scanf("%d %d", &n, &capacity) != 2) return 0;
    weights.resize(n);
    values.resize(n);
    for (int i = 0; i < n; i++) scanf("%d %lld", &weights[i], &values[i]);
    printf("%lld\n", best(0, capacity));
    return 0;
}
