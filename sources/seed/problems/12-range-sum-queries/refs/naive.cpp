#include <iostream>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    long long n, q;
    if (!(std::cin >> n >> q)) return 0;
    std::vector<long long> a(n);
    for (auto& x : a) std::cin >> x;
    long long total = 0, best = 0;
    for (long long i = 0; i < q; i++) {
        long long left, right;
        std::cin >> left >> right;
        long long answer = 0;
        for (long long j = left - 1; j < right; j++) answer += a[j];
        total += answer;
        if (i == 0 || answer > best) best = answer;
    }
    std::cout << total << " " << best << "\n";
}
