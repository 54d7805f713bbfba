#include <iostream>
#include <iterator>
#include <map>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

int main() {
    // Keeps the whole input text, every value and every window's count in memory.
    std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    std::istringstream in(text);
    long long n, k;
    if (!(in >> n >> k)) return 0;
    std::vector<long long> values(n);
    for (auto& x : values) in >> x;
    std::map<long long, long long> counts;
    std::vector<long long> distinct;
    for (long long i = 0; i < n; i++) {
        if (i >= k && --counts[values[i - k]] == 0) counts.erase(values[i - k]);
        counts[values[i]]++;
        if (i >= k - 1) distinct.push_back(counts.size());
    }
    std::cout << std::accumulate(distinct.begin(), distinct.end(), 0LL) << "\n";
}
