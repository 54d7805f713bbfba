#include <algorithm>
#include <iostream>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    long long n;
    if (!(std::cin >> n)) return 0;
    std::vector<int> distinct;
    for (long long i = 0; i < n; i++) {
        int value;
        std::cin >> value;
        if (std::find(distinct.begin(), distinct.end(), value) == distinct.end()) distinct.push_back(value);
    }
    std::cout << distinct.size() << "\n";
}
