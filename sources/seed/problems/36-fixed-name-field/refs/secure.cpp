#include <iostream>
#include <string>

constexpr size_t kFieldSize = 16;

int main() {
    std::ios::sync_with_stdio(false);
    int n = 0;
    if (!(std::cin >> n)) return 0;
    std::string name, out;
    char field[kFieldSize];
    for (int i = 0; i < n && (std::cin >> name); i++) {
        // copy() is told the room left for the terminator, so it cannot overrun the field.
        size_t length = name.copy(field, kFieldSize - 1);
        field[length] = '\0';
        out += field;
        out += '\n';
    }
    std::cout << out;
    return 0;
}
