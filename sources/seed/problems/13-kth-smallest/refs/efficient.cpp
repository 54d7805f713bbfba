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
    std::nth_element(values.begin(), values.begin() + (k - 1), values.end());
    std::cout << values[k - 1] << "\n";
}
