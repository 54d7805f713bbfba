#include <iostream>
#include <string>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    long long n;
    std::string text;
    if (!(std::cin >> n)) return 0;
    if (n > 0) std::cin >> text;
    std::vector<char> stack;
    long long depth = 0;
    bool broken = false;
    for (char ch : text) {
        if (ch == ')' || ch == ']' || ch == '}') {
            char opener = ch == ')' ? '(' : ch == ']' ? '[' : '{';
            if (stack.empty() || stack.back() != opener) {
                broken = true;
                break;
            }
            stack.pop_back();
        } else {
            stack.push_back(ch);
            if (static_cast<long long>(stack.size()) > depth) depth = stack.size();
        }
    }
    std::cout << (broken || !stack.empty() ? -1 : depth) << "\n";
}
