#include <cstdio>
#include <vector>

int main() {
    long long n, v;
    if (scanf("%lld", &n) != 1) return 0;
    std::vector<long long> values, counts;
    for (long long i = 0; i < n && scanf("%lld", &v) == 1; i++) {
        size_t j = 0;
        while (j < values.size() && values[j] != v) j++;
        if (j < values.size()) {
            counts[j]++;
        } else {
            values.push_back(v);
            counts.push_back(1);
        }
    }
    size_t best = 0;
    for (size_t i = 1; i < values.size(); i++)
        if (counts[i] > counts[best] || (counts[i] == counts[best] && values[i] < values[best])) best = i;
    printf("%lld %lld\n", values[best], counts[best]);
    return 0;
}
