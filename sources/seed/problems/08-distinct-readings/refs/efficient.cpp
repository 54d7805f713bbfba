#include <iostream>
#include <unordered_set>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    long long n;
    if (!(std::cin >> n)) return 0;
    std::unordered_set<int> seen;  // only the distinct readings, never the whole log
    for (long long i = 0; i < n; i++) {
        int value;
        std::cin >> value;
        seen.insert(value);
    }
    std::cout << seen.size() << "\n";
}
