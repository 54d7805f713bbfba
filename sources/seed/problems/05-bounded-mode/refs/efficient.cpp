#include <iostream>
#include <unordered_map>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    long long n;
    if (!(std::cin >> n)) return 0;
    std::unordered_map<int, long long> counts;  // only the readings seen, never the whole log
    for (long long i = 0; i < n; i++) {
        int value;
        std::cin >> value;
        counts[value]++;
    }
    int best = -1;
    long long bestCount = 0;
    for (const auto& [value, count] : counts)
        if (count > bestCount || (count == bestCount && value < best)) {
            best = value;
            bestCount = count;
        }
    std::cout << best << " " << bestCount << "\n";
}
