#include <iostream>
#include <vector>

int main() {
    const long long kMod = 1000000007LL;
    long long n, amount;
    if (!(std::cin >> n >> amount)) return 0;
    std::vector<long long> ways(amount + 1, 0);
    ways[0] = 1;
    for (long long i = 0; i < n; i++) {
        long long coin;
        std::cin >> coin;
        std::vector<long long> next(amount + 1, 0);
        // use the coin k times for every possible k
        for (long long s = 0; s <= amount; s++)
            for (long long rest = s; rest >= 0; rest -= coin) next[s] = (next[s] + ways[rest]) % kMod;
        ways = next;
    }
    std::cout << ways[amount] << "\n";
}
