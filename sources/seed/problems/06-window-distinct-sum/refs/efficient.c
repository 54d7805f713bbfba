#include <stdio.h>
#include <stdlib.h>

#define VALUES 1000000

int main(void) {
    long n, k;
    if (scanf("%ld %ld", &n, &k) != 2) return 0;
    int *window = calloc(k, sizeof(int));      /* ring buffer of the last k values */
    int *counts = calloc(VALUES, sizeof(int)); /* occurrences of each value in the window */
    long distinct = 0;
    long long total = 0;
    for (long i = 0; i < n; i++) {
        int value;
        scanf("%d", &value);
        long slot = i % k;
        if (i >= k && --counts[window[slot]] == 0) distinct--;
        window[slot] = value;
        if (counts[value]++ == 0) distinct++;
        if (i >= k - 1) total += distinct;
    }
    printf("%lld\n", total);
    free(window);
    free(counts);
    return 0;
}
