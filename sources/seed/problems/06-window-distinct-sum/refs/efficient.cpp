#include <iostream>
#include <unordered_map>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    long long n, k;
    if (!(std::cin >> n >> k)) return 0;
    std::vector<int> window(k, 0);          // ring buffer of the last k values
    std::unordered_map<int, int> counts;    // occurrences of each value in the window
    long long total = 0;
    for (long long i = 0; i < n; i++) {
        int value;
        std::cin >> value;
        long long slot = i % k;
        if (i >= k) {
            auto leaving = counts.find(window[slot]);
            if (--leaving->second == 0) counts.erase(leaving);
        }
        window[slot] = value;
        counts[value]++;
        if (i >= k - 1) total += counts.size();
    }
    std::cout << total << "\n";
}
