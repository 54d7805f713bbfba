#include <stdio.h>
#include <stdlib.h>

static int compare_values(const void *x, const void *y) {
    long long a = *(const long long *)x, b = *(const long long *)y;
    return (a > b) - (a < b);
}

/* After sorting, the closest pair of values sits next to each other. */
static long long closest_difference(long long *values, int n) {
    qsort(values, n, sizeof *values, compare_values);
    long long best = values[1] - values[0];
    for (int i = 2; i < n; i++)
        if (values[i] - values[i - 1] < best) best = values[i] - values[i - 1];
    return best;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    long long *values = malloc(sizeof *values * n);
    for (int i = 0; i < n; i++) scanf("%lld", &values[i]);
    printf("%lld\n", closest_difference(values, n));
    free(values);
    return 0;
}
