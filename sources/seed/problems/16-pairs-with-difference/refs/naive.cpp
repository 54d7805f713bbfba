#include <cstdlib>
#include <iostream>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n;
    long long k;
    if (!(std::cin >> n >> k)) return 0;
    std::vector<long long> values(n);
    for (auto &value : values) std::cin >> value;
    long long pairs = 0;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if (std::llabs(values[i] - values[j]) == k) pairs++;
    std::cout << pairs << '\n';
    return 0;
}
