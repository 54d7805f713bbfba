#include <stdio.h>
#include <stdlib.h>

int main(void) {
    long n, k;
    if (scanf("%ld %ld", &n, &k) != 2) return 0;
    long long *a = malloc(sizeof(long long) * n);
    for (long i = 0; i < n; i++) scanf("%lld", &a[i]);
    long long best = 0;
    for (long i = 0; i + k <= n; i++) {
        long long sum = 0;
        for (long j = i; j < i + k; j++) sum += a[j];
        if (i == 0 || sum > best) best = sum;
    }
    printf("%lld\n", best);
    free(a);
    return 0;
}
