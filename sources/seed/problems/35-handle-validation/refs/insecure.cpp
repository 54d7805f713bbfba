#include <iostream>
#include <regex>
#include <string>

int main() {
    std::ios::sync_with_stdio(false);
    int n = 0;
    if (!(std::cin >> n)) return 0;
    const std::regex handle_pattern("^([a-z0-9]+[.-]?)*[a-z0-9]$");
    std::string handle, out;
    for (int i = 0; i < n && (std::cin >> handle); i++) {
        out += std::regex_match(handle, handle_pattern) ? "OK\n" : "BAD\n";
    }
    std::cout << out;
    return 0;
}
