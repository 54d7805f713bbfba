#include <algorithm>
#include <iostream>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    long long n;
    if (!(std::cin >> n)) return 0;
    std::vector<int> readings(n);
    for (auto& x : readings) std::cin >> x;
    int top = *std::max_element(readings.begin(), readings.end());
    int best = 0;
    long long bestCount = 0;
    for (int value = 0; value <= top; value++) {
        long long occurrences = 0;
        for (int reading : readings)
            if (reading == value) occurrences++;
        if (occurrences > bestCount) {
            best = value;
            bestCount = occurrences;
        }
    }
    std::cout << best << " " << bestCount << "\n";
}
