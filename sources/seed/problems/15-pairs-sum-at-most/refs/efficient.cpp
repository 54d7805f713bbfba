#include <algorithm>
#include <iostream>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n;
    long long limit;
    if (!(std::cin >> n >> limit)) return 0;
    std::vector<long long> values(n);
    for (auto &value : values) std::cin >> value;
    std::sort(values.begin(), values.end());
    long long pairs = 0;
    int low = 0, high = n - 1;
    while (low < high) {
        if (values[low] + values[high] <= limit) {
            // values[low] pairs with every value from low+1 to high
            pairs += high - low;
            low++;
        } else {
            high--;
        }
    }
    std::cout << pairs << '\n';
    return 0;
}
