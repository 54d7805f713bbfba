#include <iostream>
#include <string>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    int n;
    if (!(std::cin >> n)) return 0;
    std::vector<std::string> strings(n);
    for (auto& s : strings) std::cin >> s;
    size_t answer = 0;
    // try every prefix length of the first string, longest first, checking all strings each time
    for (size_t length = strings[0].size() + 1; length-- > 0;) {
        bool all = true;
        for (const auto& s : strings) {
            size_t k = 0;
            while (k < length && k < s.size() && s[k] == strings[0][k]) k++;
            if (k < length) { all = false; break; }
        }
        if (all) { answer = length; break; }
    }
    std::cout << answer << "\n";
    return 0;
}
