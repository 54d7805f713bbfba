#include <cstdio>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<long long> a(n);
    for (auto& v : a) scanf("%lld", &v);
    long long total = 0;
    for (int i = 0; i < n; i++) {
        long long found = -1;
        for (int j = i + 1; j < n; j++) {
            if (a[j] > a[i]) {
                found = a[j];
                break;
            }
        }
        total += found;
    }
    printf("%lld\n", total);
    return 0;
}
