#include <stdio.h>
#include <stdlib.h>

int main(void) {
    long n, q;
    if (scanf("%ld %ld", &n, &q) != 2) return 0;
    long long *prefix = malloc(sizeof(long long) * (n + 1));
    prefix[0] = 0;
    for (long i = 0; i < n; i++) {
        long long x;
        scanf("%lld", &x);
        prefix[i + 1] = prefix[i] + x;
    }
    long long total = 0, best = 0;
    for (long i = 0; i < q; i++) {
        long left, right;
        scanf("%ld %ld", &left, &right);
        long long answer = prefix[right] - prefix[left - 1];
        total += answer;
        if (i == 0 || answer > best) best = answer;
    }
    printf("%lld %lld\n", total, best);
    free(prefix);
    return 0;
}
