#include <algorithm>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

int main() {
    std::stringstream whole;
    whole << std::cin.rdbuf();
    std::vector<std::string> tokens;
    std::string token;
    while (whole >> token) tokens.push_back(token);
    long long n = std::stoll(tokens[0]);
    std::vector<long long> values, prefix{0};
    for (long long i = 1; i <= n; i++) values.push_back(std::stoll(tokens[i]));
    for (long long v : values) prefix.push_back(prefix.back() + v);
    long long best = values[0], lowest = prefix[0];
    for (long long j = 1; j <= n; j++) {
        best = std::max(best, prefix[j] - lowest);
        lowest = std::min(lowest, prefix[j]);
    }
    std::cout << best << "\n";
    return 0;
}
