#include <stdio.h>
#include <stdlib.h>

int main(void) {
    long n;
    if (scanf("%ld", &n) != 1) return 0;
    /* tails[k] = smallest tail of an increasing subsequence of length k + 1 */
    long long *tails = malloc(sizeof(long long) * (n > 0 ? n : 1));
    long len = 0;
    for (long i = 0; i < n; i++) {
        long long x;
        scanf("%lld", &x);
        long lo = 0, hi = len;
        while (lo < hi) {
            long mid = (lo + hi) / 2;
            if (tails[mid] < x) lo = mid + 1; else hi = mid;
        }
        tails[lo] = x;
        if (lo == len) len++;
    }
    printf("%ld\n", len);
    free(tails);
    return 0;
}
