#include <iostream>
#include <string>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    int n;
    if (!(std::cin >> n)) return 0;
    std::vector<std::string> strings(n);
    for (auto& s : strings) std::cin >> s;
    size_t length = 0;
    for (;;) {
        bool all = true;
        for (const auto& s : strings)
            if (length >= s.size() || s[length] != strings[0][length]) { all = false; break; }
        if (!all) break;
        length++;
    }
    std::cout << length << "\n";
    return 0;
}
