// Count the index pairs i < j whose values add up to the target.
#include <iostream>
#include <unordered_map>
#include <vector>

// Each value pairs with every earlier value equal to its complement.
long long countPairsWithSum(const std::vector<long long>& values, long long target) {
    std::unordered_map<long long, long long> seenSoFar;
    long long pairs = 0;
    for (long long value : values) {
        auto match = seenSoFar.find(target - value);
        if (match != seenSoFar.end()) pairs += match->second;
        seenSoFar[value]++;
    }
    return pairs;
}

int main() {
    std::ios::sync_with_stdio(false);
    long long count = 0, target = 0;
    if (!(std::cin >> count >> target)) return 0;
    std::vector<long long> values(count);
    for (auto& value : values) std::cin >> value;
    std::cout << countPairsWithSum(values, target) << "\n";
}
