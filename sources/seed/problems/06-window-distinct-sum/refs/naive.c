#include <stdio.h>
#include <stdlib.h>

#define VALUES 1000000

int main(void) {
    long n, k;
    if (scanf("%ld %ld", &n, &k) != 2) return 0;
    int *values = malloc(sizeof(int) * n);
    for (long i = 0; i < n; i++) scanf("%d", &values[i]);
    long *mark = calloc(VALUES, sizeof(long)); /* mark[v] = last window that saw v, plus one */
    long long total = 0;
    for (long start = 0; start + k <= n; start++) {
        for (long j = start; j < start + k; j++) {
            if (mark[values[j]] != start + 1) {
                mark[values[j]] = start + 1;
                total++;
            }
        }
    }
    printf("%lld\n", total);
    free(values);
    free(mark);
    return 0;
}
