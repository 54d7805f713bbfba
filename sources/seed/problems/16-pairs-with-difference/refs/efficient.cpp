#include <algorithm>
#include <iostream>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n;
    long long k;
    if (!(std::cin >> n >> k)) return 0;
    std::vector<long long> values(n);
    for (auto &value : values) std::cin >> value;
    std::sort(values.begin(), values.end());
    long long pairs = 0;
    // walk the runs of equal values; each run meets the run of value + k once
    for (auto run = values.begin(); run != values.end();) {
        auto run_end = std::upper_bound(run, values.end(), *run);
        long long count = run_end - run;
        if (k == 0) {
            pairs += count * (count - 1) / 2;
        } else {
            auto partner = std::equal_range(run_end, values.end(), *run + k);
            pairs += count * (partner.second - partner.first);
        }
        run = run_end;
    }
    std::cout << pairs << '\n';
    return 0;
}
