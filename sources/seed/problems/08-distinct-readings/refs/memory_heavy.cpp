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
    std::cout << std::unique(readings.begin(), readings.end()) - readings.begin() << "\n";
}
