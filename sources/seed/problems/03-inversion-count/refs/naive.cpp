#include <iostream>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    long long n;
    if (!(std::cin >> n)) return 0;
    std::vector<int> a(n);
    for (auto &x : a) std::cin >> x;
    long long inversions = 0;
    for (long long i = 0; i < n; i++)
        for (long long j = i + 1; j < n; j++)
            if (a[i] > a[j]) inversions++;
    std::cout << inversions << "\n";
}
