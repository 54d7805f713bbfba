#include <cstdio>
#include <vector>

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    std::vector<long long> a(n);
    for (auto& v : a) scanf("%lld", &v);
    long long total = 0;
    for (int i = 0; i < q; i++) {
        int left, right;
        if (scanf("%d %d", &left, &right) != 2) break;
        long long m = a[left - 1];
        for (int j = left; j < right; j++)  // scan the whole range
            if (a[j] < m) m = a[j];
        total += m;
    }
    printf("%lld\n", total);
    return 0;
}
