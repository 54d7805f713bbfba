#include <iostream>

int main() {
    long long n;
    if (!(std::cin >> n)) return 0;
    long long count = 0;
    for (long long k = 2; k <= n; k++) {
        bool prime = true;
        for (long long d = 2; d * d <= k; d++)
            if (k % d == 0) {
                prime = false;
                break;
            }
        count += prime;
    }
    std::cout << count << "\n";
}
