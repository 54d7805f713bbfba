#include <iostream>
#include <string>
#include <unordered_map>

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
        if (found != secrets.end() && found->second == key) accepted++;
    }
    std::cout << accepted << ' ' << n - accepted << '\n';
    return 0;
}
