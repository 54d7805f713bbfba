#include <stdio.h>
#include <stdlib.h>

int main(void) {
    long long n;
    if (scanf("%lld", &n) != 1) return 0;
    long long *values = malloc((n + 1) * sizeof *values);
    long long *prefix = malloc((n + 1) * sizeof *prefix);
    for (long long i = 0; i < n; i++) scanf("%lld", &values[i]);
    prefix[0] = 0;
    for (long long i = 0; i < n; i++) prefix[i + 1] = prefix[i] + values[i];
    long long best = values[0], lowest = prefix[0];
    for (long long j = 1; j <= n; j++) {
        if (prefix[j] - lowest > best) best = prefix[j] - lowest;
        if (prefix[j] < lowest) lowest = prefix[j];
    }
    printf("%lld\n", best);
    free(values);
    free(prefix);
    return 0;
}
