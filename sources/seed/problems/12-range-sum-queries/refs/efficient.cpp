#include <iostream>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    long long n, q;
    if (!(std::cin >> n >> q)) return 0;
    std::vector<long long> prefix(n + 1, 0);
    for (long long i = 0; i < n; i++) {
        long long x;
        std::cin >> x;
        prefix[i + 1] = prefix[i] + x;
    }
    long long total = 0, best = 0;
    for (long long i = 0; i < q; i++) {
        long long left, right;
        std::cin >> left >> right;
        long long answer = prefix[right] - prefix[left - 1];
        total += answer;
        if (i == 0 || answer > best) best = answer;
    }
    std::cout << total << " " << best << "\n";
}
