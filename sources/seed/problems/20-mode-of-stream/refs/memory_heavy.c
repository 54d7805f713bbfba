#include <stdio.h>
#include <stdlib.h>

static int cmp(const void *a, const void *b) {
    long long x = *(const long long *)a, y = *(const long long *)b;
    return (x > y) - (x < y);
}

int main(void) {
    long long n;
    if (scanf("%lld", &n) != 1) return 0;
    long long *values = malloc((n + 1) * sizeof *values);
    long long m = 0;
    while (m < n && scanf("%lld", &values[m]) == 1) m++;
    qsort(values, m, sizeof *values, cmp);
    long long best_value = values[0], best_count = 0, run = 0;
    for (long long i = 0; i < m; i++) {
        run = i > 0 && values[i] == values[i - 1] ? run + 1 : 1;
        if (run > best_count) {
            best_value = values[i];
            best_count = run;
        }
    }
    printf("%lld %lld\n", best_value, best_count);
    free(values);
    return 0;
}
