#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

// Row-by-row dynamic programming: row[j] = LCS of the current prefix of a and b's first j chars.
int lcsLength(const std::string& a, const std::string& b) {
    std::vector<int> previous(b.size() + 1), current(b.size() + 1);
    for (char charA : a) {
        for (size_t j = 1; j <= b.size(); j++)
            current[j] = charA == b[j - 1] ? previous[j - 1] + 1 : std::max(current[j - 1], previous[j]);
        std::swap(previous, current);  // only the previous row is ever needed
    }
    return previous[b.size()];
}

int main() {
    std::string a, b;
    std::cin >> a >> b;
    std::cout << lcsLength(a, b) << "\n";
    return 0;
}
