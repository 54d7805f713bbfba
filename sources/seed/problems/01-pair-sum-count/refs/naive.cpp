#include <iostream>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    long long n, t;
    if (!(std::cin >> n >> t)) return 0;
    std::vector<long long> a(n);
    for (auto &x : a) std::cin >> x;
    long long pairs = 0;
    for (long long i = 0; i < n; i++)
        for (long long j = i + 1; j < n; j++)
            if (a[i] + a[j] == t) pairs++;
    std::cout << pairs << "\n";
}
