#include <cstdio>
#include <unordered_map>
#include <vector>

// A subarray (i, j] sums to target exactly when prefix[j] - prefix[i] == target.
long long countSubarraysWithSum(const std::vector<long long>& values, long long target) {
    std::unordered_map<long long, long long> seenPrefixCounts;
    seenPrefixCounts.reserve(values.size() * 2 + 1);
    seenPrefixCounts[0] = 1;  // the empty prefix
    long long prefix = 0, matches = 0;
    for (long long value : values) {
        prefix += value;
        auto earlier = seenPrefixCounts.find(prefix - target);
        if (earlier != seenPrefixCounts.end()) matches += earlier->second;
        ++seenPrefixCounts[prefix];
    }
    return matches;
}

int main() {
    int n;
    long long target;
    if (scanf("%d %lld", &n, &target) != 2) return 0;
    std::vector<long long> values(n);
    for (auto& value : values) scanf("%lld", &value);
    printf("%lld\n", countSubarraysWithSum(values, target));
    return 0;
}
