#include <stdio.h>
#include <stdlib.h>

static int compare_longs(const void *a, const void *b) {
    long long x = *(const long long *)a, y = *(const long long *)b;
    return (x > y) - (x < y);
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    long long *values = malloc(sizeof(long long) * (size_t)n);
    for (int i = 0; i < n; i++) scanf("%lld", &values[i]);
    qsort(values, (size_t)n, sizeof(long long), compare_longs);
    long long total = 0, prefix = 0;
    for (int position = 0; position < n; position++) {
        /* value is at least every earlier (smaller) value in sorted order */
        total += values[position] * position - prefix;
        prefix += values[position];
    }
    printf("%lld\n", total);
    free(values);
    return 0;
}
