#include <iostream>
#include <string>

int main() {
    std::ios::sync_with_stdio(false);
    int n = 0;
    if (!(std::cin >> n)) return 0;
    std::string name, out;
    for (int i = 0; i < n && (std::cin >> name); i++) {
        out += "Hello, " + name + "!\n";
    }
    std::cout << out;
    return 0;
}
