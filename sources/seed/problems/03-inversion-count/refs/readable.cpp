// Count the pairs i < j with a[i] > a[j].
#include <iostream>
#include <vector>

constexpr int kMaxValue = 1000000;

// Prefix counts over the values 1..size, each update and query in O(log size).
class FenwickTree {
public:
    explicit FenwickTree(int size) : counts_(size + 1, 0) {}

    void addOne(int value) {
        for (int i = value; i < static_cast<int>(counts_.size()); i += i & -i) counts_[i]++;
    }

    long long countAtMost(int value) const {
        long long total = 0;
        for (int i = value; i > 0; i -= i & -i) total += counts_[i];
        return total;
    }

private:
    std::vector<int> counts_;
};

// Each value forms an inversion with every earlier value that is larger.
long long countInversions(const std::vector<int>& sequence) {
    FenwickTree seen(kMaxValue);
    long long inversions = 0;
    for (std::size_t seenSoFar = 0; seenSoFar < sequence.size(); seenSoFar++) {
        inversions += static_cast<long long>(seenSoFar) - seen.countAtMost(sequence[seenSoFar]);
        seen.addOne(sequence[seenSoFar]);
    }
    return inversions;
}

int main() {
    std::ios::sync_with_stdio(false);
    long long count = 0;
    if (!(std::cin >> count)) return 0;
    std::vector<int> sequence(count);
    for (auto& value : sequence) std::cin >> value;
    std::cout << countInversions(sequence) << "\n";
}
