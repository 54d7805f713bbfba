// Length of the longest strictly increasing subsequence.
#include <algorithm>
#include <iostream>
#include <vector>

// Patience sorting: smallestTail[k] is the smallest last element of an increasing run of length k + 1.
std::size_t longestIncreasingLength(const std::vector<long long>& sequence) {
    std::vector<long long> smallestTail;
    for (long long value : sequence) {
        auto position = std::lower_bound(smallestTail.begin(), smallestTail.end(), value);
        if (position == smallestTail.end()) smallestTail.push_back(value);
        else *position = value;
    }
    return smallestTail.size();
}

int main() {
    std::ios::sync_with_stdio(false);
    long long count = 0;
    if (!(std::cin >> count)) return 0;
    std::vector<long long> sequence(count);
    for (auto& value : sequence) std::cin >> value;
    std::cout << longestIncreasingLength(sequence) << "\n";
}
