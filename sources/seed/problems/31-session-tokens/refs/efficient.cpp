#include <iostream>
#include <random>
#include <string>
#include <unordered_set>

int main() {
    std::ios::sync_with_stdio(false);
    int n = 0;
    if (!(std::cin >> n)) return 0;
    std::random_device device;
    const char *hex = "0123456789abcdef";
    std::unordered_set<std::string> issued;
    long total = 0;
    int count = 0;
    std::string user;
    int size = 0;
    for (int i = 0; i < n && (std::cin >> user >> size); i++, count++) {
        std::string token;
        for (int j = 0; j < size; j++) {
            unsigned value = device() & 0xFFu;
            token += hex[value >> 4];
            token += hex[value & 0xFu];
        }
        total += static_cast<long>(token.size());
        issued.insert(token);
    }
    std::cout << count << ' ' << total << ' ' << issued.size() << '\n';
    return 0;
}
