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
    long long n = tokens.empty() ? 0 : std::stoll(tokens[0]);
    std::vector<long long> values;
    for (long long i = 1; i <= n; i++) values.push_back(std::stoll(tokens[i]));
    std::sort(values.begin(), values.end());
    long long count = std::unique(values.begin(), values.end()) - values.begin();
    std::cout << count << "\n";
    return 0;
}
