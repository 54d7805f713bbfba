#include <iostream>
#include <unordered_set>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    long long n, k;
    if (!(std::cin >> n >> k)) return 0;
    std::vector<int> values(n);
    for (auto& x : values) std::cin >> x;
    long long total = 0;
    for (long long start = 0; start + k <= n; start++) {
        std::unordered_set<int> seen(values.begin() + start, values.begin() + start + k);
        total += seen.size();
    }
    std::cout << total << "\n";
}
