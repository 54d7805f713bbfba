#include <stdio.h>
#include <stdlib.h>

int main(void) {
    long n, k;
    if (scanf("%ld %ld", &n, &k) != 2) return 0;
    long long *window = calloc(k, sizeof(long long)); /* ring buffer of the last k readings */
    long long total = 0, best = 0;
    for (long i = 0; i < n; i++) {
        long long value;
        scanf("%lld", &value);
        long slot = i % k;
        total += value - window[slot];
        window[slot] = value;
        if (i == k - 1 || (i >= k && total > best)) best = total;
    }
    printf("%lld\n", best);
    free(window);
    return 0;
}
