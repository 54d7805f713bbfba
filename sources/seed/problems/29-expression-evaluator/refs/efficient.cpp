#include <iostream>
#include <string>

// Recursive-descent evaluator for + - * ( ) and unary minus over 64-bit integers.
class Parser {
public:
    explicit Parser(const std::string &text) : text_(text) {}

    long long expression() {
        long long value = term();
        for (char op = peek(); op == '+' || op == '-'; op = peek()) {
            pos_++;
            long long right = term();
            value = op == '+' ? value + right : value - right;
        }
        return value;
    }

private:
    char peek() {
        while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\r')) pos_++;
        return pos_ < text_.size() ? text_[pos_] : '\0';
    }

    long long term() {
        long long value = factor();
        while (peek() == '*') {
            pos_++;
            value *= factor();
        }
        return value;
    }

    long long factor() {
        char c = peek();
        if (c == '-') {
            pos_++;
            return -factor();
        }
        if (c == '(') {
            pos_++;
            long long value = expression();
            if (peek() == ')') pos_++;
            return value;
        }
        long long value = 0;
        while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') value = value * 10 + (text_[pos_++] - '0');
        return value;
    }

    const std::string &text_;
    size_t pos_ = 0;
};

int main() {
    std::ios::sync_with_stdio(false);
    std::string line;
    if (!std::getline(std::cin, line)) return 0;
    int n = std::stoi(line);
    std::string out;
    for (int i = 0; i < n && std::getline(std::cin, line); i++) {
        out += std::to_string(Parser(line).expression()) + "\n";
    }
    std::cout << out;
    return 0;
}
