#include <iostream>
#include <vector>

int main() {
    const long long kMod = 1000000007LL;
    long long n, amount;
    if (!(std::cin >> n >> amount)) return 0;
    std::vector<long long> ways(amount + 1, 0);  // ways to pay s with the coins seen so far
    ways[0] = 1;
    for (long long i = 0; i < n; i++) {
        long long coin;
        std::cin >> coin;
        for (long long s = coin; s <= amount; s++) ways[s] = (ways[s] + ways[s - coin]) % kMod;
    }
    std::cout << ways[amount] << "\n";
}
