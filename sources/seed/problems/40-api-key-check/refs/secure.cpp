#include <algorithm>
#include <iostream>
#include <string>
#include <unordered_map>

// Looks at every character of the longer key, so the time does not reveal where the keys differ.
bool fixed_time_equal(const std::string &secret, const std::string &presented) {
    size_t length = std::max(secret.size(), presented.size());
    unsigned difference = static_cast<unsigned>(secret.size() ^ presented.size());
    for (size_t i = 0; i < length; i++) {
        unsigned char a = i < secret.size() ? static_cast<unsigned char>(secret[i]) : 0;
        unsigned char b = i < presented.size() ? static_cast<unsigned char>(presented[i]) : 0;
        difference |= static_cast<unsigned>(a ^ b);
    }
    return difference == 0;
}

int main() {
    std::ios::sync_with_stdio(false);
    int m = 0, n = 0, accepted = 0;
    std::cin >> m;
    std::unordered_map<std::string, std::string> secrets;
    std::string name, key;
    for (int i = 0; i < m && (std::cin >> name >> key); i++) secrets[name] = key;
    std::cin >> n;
    for (int i = 0; i < n && (std::cin >> name >> key); i++) {
        auto found = secrets.find(name);
        if (found != secrets.end() && fixed_time_equal(found->second, key)) accepted++;
    }
    std::cout << accepted << ' ' << n - accepted << '\n';
    return 0;
}
