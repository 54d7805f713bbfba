#include <iostream>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    long long n;
    if (!(std::cin >> n)) return 0;
    std::vector<long long> a(n);
    for (auto &x : a) std::cin >> x;
    std::vector<long> best(n, 1);
    long answer = 0;
    for (long long i = 0; i < n; i++) {
        for (long long j = 0; j < i; j++)
            if (a[j] < a[i] && best[j] + 1 > best[i]) best[i] = best[j] + 1;
        if (best[i] > answer) answer = best[i];
    }
    std::cout << answer << "\n";
}
