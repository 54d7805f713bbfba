#include <algorithm>
#include <iostream>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    long long n, k;
    if (!(std::cin >> n >> k)) return 0;
    std::vector<long long> values(n);
    for (auto& x : values) std::cin >> x;
    long long total = 0;
    for (long long i = 0; i + k <= n; i++)
        total += *std::max_element(values.begin() + i, values.begin() + i + k);
    std::cout << total << "\n";
}
