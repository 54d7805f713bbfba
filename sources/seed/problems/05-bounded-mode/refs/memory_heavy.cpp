#include <algorithm>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

int main() {
    // Keeps the whole input text and every reading in memory, then sorts them.
    std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    std::istringstream in(text);
    long long n;
    if (!(in >> n)) return 0;
    std::vector<long long> readings(n);
    for (auto& x : readings) in >> x;
    std::sort(readings.begin(), readings.end());
    long long best = readings[0], bestCount = 0, runStart = 0;
    for (long long i = 1; i <= n; i++) {
        if (i == n || readings[i] != readings[runStart]) {
            if (i - runStart > bestCount) {
                best = readings[runStart];
                bestCount = i - runStart;
            }
            runStart = i;
        }
    }
    std::cout << best << " " << bestCount << "\n";
}
