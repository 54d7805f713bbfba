#include <iostream>
#include <unordered_map>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    long long n, t;
    if (!(std::cin >> n >> t)) return 0;
    std::unordered_map<long long, long long> seen;
    seen.reserve(n * 2 + 1);
    long long pairs = 0;
    for (long long i = 0; i < n; i++) {
        long long x;
        std::cin >> x;
        auto it = seen.find(t - x);
        if (it != seen.end()) pairs += it->second;
        seen[x]++;
    }
    std::cout << pairs << "\n";
}
