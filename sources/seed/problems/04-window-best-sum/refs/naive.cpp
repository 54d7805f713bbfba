#include <iostream>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    long long n, k;
    if (!(std::cin >> n >> k)) return 0;
    std::vector<long long> a(n);
    for (auto &x : a) std::cin >> x;
    long long best = 0;
    for (long long i = 0; i + k <= n; i++) {
        long long sum = 0;
        for (long long j = i; j < i + k; j++) sum += a[j];
        if (i == 0 || sum > best) best = sum;
    }
    std::cout << best << "\n";
}
