#include <iostream>
#include <set>
#include <string>
#include <vector>

namespace {

const std::set<std::string> kColumns = {"id", "name", "email", "role", "city", "status"};

// A SQL string literal: quoted, with embedded quotes doubled.
std::string quote_literal(const std::string &value) {
    std::string literal = "'";
    for (char c : value) {
        if (c == '\'') literal += '\'';
        literal += c;
    }
    return literal + "'";
}

}  // namespace

int main() {
    std::ios::sync_with_stdio(false);
    int n = 0;
    if (!(std::cin >> n)) return 0;
    std::string out;
    for (int i = 0; i < n; i++) {
        int k = 0;
        std::cin >> k;
        std::vector<std::pair<std::string, std::string>> pairs(k);
        bool valid = true;
        for (auto &pair : pairs) {
            std::cin >> pair.first >> pair.second;
            valid = valid && kColumns.count(pair.first) > 0;
        }
        if (!valid) {
            out += "INVALID\n";
            continue;
        }
        out += "SELECT * FROM users";
        for (size_t j = 0; j < pairs.size(); j++) {
            out += (j == 0 ? " WHERE " : " AND ") + pairs[j].first + " = " + quote_literal(pairs[j].second);
        }
        out += ";\n";
    }
    std::cout << out;
    return 0;
}
