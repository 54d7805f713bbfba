#include <stdio.h>
#include <stdlib.h>

static int above(long v, long k) { return v > k; }

/* Count and sum the values above k. */
static int count_big(const long *values, int n, long k, long *total) {
    int count = 0;
    *total = 0;
    for (int i = 0; i < n; i++) {
        if (above(values[i], k)) {  // strictly above
            count++;
            *total = *total + values[i];
        }
    }
    return count;
}

int main(void) {
    int n;
    long k;
    if (scanf("%d %ld", &n, &k) != 2) return 1;
    long *values = malloc(sizeof(long) * (n > 0 ? n : 1));
    for (int i = 0; i < n; i++) scanf("%ld", &values[i]);
    long total;
    int count = count_big(values, n, k, &total);
    printf("%d %ld\n", count, total);
    free(values);
    return 0;
}
