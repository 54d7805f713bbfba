#include <iostream>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    const int kMaxValue = 1000000;
    long long n;
    if (!(std::cin >> n)) return 0;
    std::vector<int> tree(kMaxValue + 1, 0);  // Fenwick tree: how many values seen so far are <= v
    long long inversions = 0;
    for (long long seen = 0; seen < n; seen++) {
        int v;
        std::cin >> v;
        long long notGreater = 0;
        for (int i = v; i > 0; i -= i & -i) notGreater += tree[i];
        inversions += seen - notGreater;
        for (int i = v; i <= kMaxValue; i += i & -i) tree[i]++;
    }
    std::cout << inversions << "\n";
}
