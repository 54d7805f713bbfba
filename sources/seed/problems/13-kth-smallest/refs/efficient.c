#include <stdio.h>
#include <stdlib.h>

static int compare_values(const void *x, const void *y) {
    long long a = *(const long long *)x, b = *(const long long *)y;
    return (a > b) - (a < b);
}

int main(void) {
    long n, k;
    if (scanf("%ld %ld", &n, &k) != 2) return 0;
    long long *values = malloc(sizeof(long long) * n);
    for (long i = 0; i < n; i++) scanf("%lld", &values[i]);
    qsort(values, n, sizeof(long long), compare_values);
    printf("%lld\n", values[k - 1]);
    free(values);
    return 0;
}
