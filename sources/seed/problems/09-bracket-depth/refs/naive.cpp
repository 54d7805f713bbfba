#include <iostream>
#include <regex>
#include <string>

int main() {
    long long n;
    std::string text;
    if (!(std::cin >> n)) return 0;
    if (n > 0) std::cin >> text;
    long long rounds = 0;
    // each round deletes every adjacent matching pair of the current string
    while (!text.empty()) {
        std::string shorter;
        for (std::size_t i = 0; i < text.size(); i++) {
            if (i + 1 < text.size() && ((text[i] == '(' && text[i + 1] == ')') || (text[i] == '[' && text[i + 1] == ']') ||
                                        (text[i] == '{' && text[i + 1] == '}')))
                i++;
            else
                shorter += text[i];
        }
        if (shorter.size() == text.size()) break;
        text = shorter;
        rounds++;
    }
    std::cout << (text.empty() ? rounds : -1) << "\n";
}
