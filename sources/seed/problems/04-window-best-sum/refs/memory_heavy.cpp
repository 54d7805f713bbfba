#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

int main() {
    // Keeps the whole input text, every reading and every prefix sum in memory.
    std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    std::istringstream in(text);
    long long n, k;
    if (!(in >> n >> k)) return 0;
    std::vector<long long> readings(n);
    for (auto &x : readings) in >> x;
    std::vector<long long> prefix(n + 1, 0);
    for (long long i = 0; i < n; i++) prefix[i + 1] = prefix[i] + readings[i];
    std::vector<long long> sums;
    for (long long i = 0; i + k <= n; i++) sums.push_back(prefix[i + k] - prefix[i]);
    long long best = sums[0];
    for (long long s : sums) if (s > best) best = s;
    std::cout << best << "\n";
}
