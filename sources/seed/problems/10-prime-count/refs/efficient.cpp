#include <iostream>
#include <vector>

int main() {
    long long n;
    if (!(std::cin >> n) || n < 2) {
        std::cout << 0 << "\n";
        return 0;
    }
    std::vector<bool> composite(n + 1, false);
    for (long long p = 2; p * p <= n; p++)
        if (!composite[p])
            for (long long m = p * p; m <= n; m += p) composite[m] = true;
    long long count = 0;
    for (long long k = 2; k <= n; k++) count += !composite[k];
    std::cout << count << "\n";
}
