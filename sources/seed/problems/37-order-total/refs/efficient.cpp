#include <cstdint>
#include <iostream>
#include <string>

int main() {
    std::ios::sync_with_stdio(false);
    int n = 0;
    if (!(std::cin >> n)) return 0;
    int64_t total = 0;
    bool overflow = false;
    std::string quantity_text, price_text;
    for (int i = 0; i < n && (std::cin >> quantity_text >> price_text); i++) {
        // stoll throws std::out_of_range instead of wrapping; the builtins report overflow.
        int64_t quantity = std::stoll(quantity_text), price = std::stoll(price_text), line = 0;
        if (__builtin_mul_overflow(quantity, price, &line) || __builtin_add_overflow(total, line, &total)) overflow = true;
    }
    if (overflow) std::cout << "OVERFLOW\n";
    else std::cout << total << '\n';
    return 0;
}
