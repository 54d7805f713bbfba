#include <iostream>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    long long n, k;
    if (!(std::cin >> n >> k)) return 0;
    std::vector<long long> window(k, 0);  // ring buffer of the last k readings
    long long total = 0, best = 0;
    for (long long i = 0; i < n; i++) {
        long long value;
        std::cin >> value;
        long long slot = i % k;
        total += value - window[slot];
        window[slot] = value;
        if (i == k - 1 || (i >= k && total > best)) best = total;
    }
    std::cout << best << "\n";
}
