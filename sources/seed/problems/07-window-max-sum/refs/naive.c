#include <stdio.h>
#include <stdlib.h>

int main(void) {
    long n, k;
    if (scanf("%ld %ld", &n, &k) != 2) return 0;
    long long *values = malloc(sizeof(long long) * n);
    for (long i = 0; i < n; i++) scanf("%lld", &values[i]);
    long long total = 0;
    for (long i = 0; i + k <= n; i++) {
        long long best = values[i];
        for (long j = i + 1; j < i + k; j++)
            if (values[j] > best) best = values[j];
        total += best;
    }
    printf("%lld\n", total);
    free(values);
    return 0;
}
