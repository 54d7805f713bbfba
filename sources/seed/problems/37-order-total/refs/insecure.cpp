#include <cstdlib>
#include <iostream>
#include <string>

int main() {
    std::ios::sync_with_stdio(false);
    int n = 0;
    if (!(std::cin >> n)) return 0;
    long long total = 0;
    std::string quantity_text, price_text;
    for (int i = 0; i < n && (std::cin >> quantity_text >> price_text); i++) {
        int quantity = std::atoi(quantity_text.c_str());
        int price = std::atoi(price_text.c_str());
        int line = quantity * price;
        total += line;
    }
    std::cout << total << '\n';
    return 0;
}
