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
    std::vector<long long> values;
    for (long long i = 1; i <= n; i++) values.push_back(std::stoll(tokens[i]));
    std::sort(values.begin(), values.end());
    long long bestValue = values[0], bestCount = 0, run = 0;
    for (size_t i = 0; i < values.size(); i++) {
        run = i > 0 && values[i] == values[i - 1] ? run + 1 : 1;
        if (run > bestCount) {
            bestValue = values[i];
            bestCount = run;
        }
    }
    std::cout << bestValue << " " << bestCount << "\n";
    return 0;
}
