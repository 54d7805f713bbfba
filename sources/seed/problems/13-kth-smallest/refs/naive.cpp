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
    long long answer = 0;
    for (long long round = 0; round < k; round++) {
        auto smallest = std::min_element(values.begin(), values.end());
        answer = *smallest;
        values.erase(smallest);
    }
    std::cout << answer << "\n";
}
