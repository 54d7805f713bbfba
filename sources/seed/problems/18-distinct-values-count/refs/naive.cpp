#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    long long n, v;
    if (scanf("%lld", &n) != 1) n = 0;
    std::vector<long long> distinct;
    for (long long i = 0; i < n && scanf("%lld", &v) == 1; i++) {
        bool found = false;
        for (long long d : distinct) {
            if (d == v) { found = true; break; }
        }
        if (!found) distinct.push_back(v);
    }
    printf("%zu\n", distinct.size());
    return 0;
}
