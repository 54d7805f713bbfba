// Maximum nesting depth of a bracket string, or -1 when it is not balanced.
#include <iostream>
#include <map>
#include <string>
#include <vector>

constexpr long long kUnbalanced = -1;

const std::map<char, char> kOpenerOf = {{')', '('}, {']', '['}, {'}', '{'}};

// Keep the open brackets on a stack; a closer must match the most recent opener.
long long nestingDepth(const std::string& brackets) {
    std::vector<char> openBrackets;
    long long deepest = 0;
    for (char bracket : brackets) {
        auto closer = kOpenerOf.find(bracket);
        if (closer != kOpenerOf.end()) {
            if (openBrackets.empty() || openBrackets.back() != closer->second) return kUnbalanced;
            openBrackets.pop_back();
        } else {
            openBrackets.push_back(bracket);
            deepest = std::max<long long>(deepest, openBrackets.size());
        }
    }
    return openBrackets.empty() ? deepest : kUnbalanced;
}

int main() {
    long long length = 0;
    std::string brackets;
    if (!(std::cin >> length)) return 0;
    if (length > 0) std::cin >> brackets;
    std::cout << nestingDepth(brackets) << "\n";
}
