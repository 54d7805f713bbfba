#include <deque>
#include <iostream>
#include <iterator>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

int main() {
    // Keeps the whole input text, every value and every window maximum in memory.
    std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    std::istringstream in(text);
    long long n, k;
    if (!(in >> n >> k)) return 0;
    std::vector<long long> values(n);
    for (auto& x : values) in >> x;
    std::vector<long long> maxima;
    std::deque<long long> candidates;
    for (long long i = 0; i < n; i++) {
        if (!candidates.empty() && candidates.front() <= i - k) candidates.pop_front();
        while (!candidates.empty() && values[candidates.back()] <= values[i]) candidates.pop_back();
        candidates.push_back(i);
        if (i >= k - 1) maxima.push_back(values[candidates.front()]);
    }
    std::cout << std::accumulate(maxima.begin(), maxima.end(), 0LL) << "\n";
}
