#include <stdio.h>
#include <stdlib.h>

/* Scans from the right keeping a stack of candidates, strictly decreasing from bottom to top. */
static long long next_greater_sum(const long long *values, int n) {
    long long *candidates = malloc(sizeof(long long) * (n + 1));
    int size = 0;
    long long total = 0;
    for (int i = n - 1; i >= 0; i--) {
        while (size > 0 && candidates[size - 1] <= values[i]) size--; /* hidden behind values[i] */
        total += size > 0 ? candidates[size - 1] : -1;
        candidates[size++] = values[i];
    }
    free(candidates);
    return total;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    long long *values = malloc(sizeof(long long) * (n + 1));
    for (int i = 0; i < n; i++) scanf("%lld", &values[i]);
    printf("%lld\n", next_greater_sum(values, n));
    free(values);
    return 0;
}
