#include <climits>
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<long long> a(n);
    for (auto& v : a) scanf("%lld", &v);
    long long best = LLONG_MAX;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++) {
            long long d = a[i] > a[j] ? a[i] - a[j] : a[j] - a[i];
            if (d < best) best = d;
        }
    printf("%lld\n", best);
    return 0;
}
