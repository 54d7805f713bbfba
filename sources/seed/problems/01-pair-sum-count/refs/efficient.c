#include <stdio.h>
#include <stdlib.h>

static int cmp(const void *x, const void *y) {
    long long a = *(const long long *)x, b = *(const long long *)y;
    return (a > b) - (a < b);
}

/* first index in [lo, hi) with a[idx] >= v (or > v when strict) */
static long bound(const long long *a, long lo, long hi, long long v, int strict) {
    while (lo < hi) {
        long mid = lo + (hi - lo) / 2;
        if (a[mid] < v || (strict && a[mid] == v)) lo = mid + 1; else hi = mid;
    }
    return lo;
}

int main(void) {
    long n; long long t;
    if (scanf("%ld %lld", &n, &t) != 2) return 0;
    long long *a = malloc(sizeof(long long) * (n > 0 ? n : 1));
    for (long i = 0; i < n; i++) scanf("%lld", &a[i]);
    qsort(a, n, sizeof(long long), cmp);
    long long pairs = 0;
    for (long i = 0; i < n; i++) {
        long long want = t - a[i];
        pairs += bound(a, i + 1, n, want, 1) - bound(a, i + 1, n, want, 0);
    }
    printf("%lld\n", pairs);
    free(a);
    return 0;
}
