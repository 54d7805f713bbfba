// Readable reference: the monotonic stack with named steps and comments (same algorithm as efficient).
#include <cstdio>
#include <vector>

// Scans from the right keeping a stack of candidates, strictly decreasing from bottom to top.
long long nextGreaterSum(const std::vector<long long>& values) {
    std::vector<long long> candidates;
    long long total = 0;
    for (auto it = values.rbegin(); it != values.rend(); ++it) {
        while (!candidates.empty() && candidates.back() <= *it) candidates.pop_back();  // hidden behind *it
        total += candidates.empty() ? -1 : candidates.back();
        candidates.push_back(*it);
    }
    return total;
}

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<long long> values(n);
    for (auto& v : values) scanf("%lld", &v);
    printf("%lld\n", nextGreaterSum(values));
    return 0;
}
