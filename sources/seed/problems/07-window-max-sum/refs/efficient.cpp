#include <deque>
#include <iostream>
#include <utility>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    long long n, k;
    if (!(std::cin >> n >> k)) return 0;
    std::deque<std::pair<long long, long long>> candidates;  // (index, value), values decreasing
    long long total = 0;
    for (long long i = 0; i < n; i++) {
        long long value;
        std::cin >> value;
        if (!candidates.empty() && candidates.front().first <= i - k) candidates.pop_front();
        while (!candidates.empty() && candidates.back().second <= value) candidates.pop_back();
        candidates.emplace_back(i, value);
        if (i >= k - 1) total += candidates.front().second;
    }
    std::cout << total << "\n";
}
