#include <stdio.h>
#include <stdlib.h>

static int compare_longs(const void *a, const void *b) {
    long long x = *(const long long *)a, y = *(const long long *)b;
    return (x > y) - (x < y);
}

int main(void) {
    int n;
    long long k;
    if (scanf("%d %lld", &n, &k) != 2) return 0;
    long long *values = malloc(sizeof(long long) * (size_t)n);
    for (int i = 0; i < n; i++) scanf("%lld", &values[i]);
    qsort(values, (size_t)n, sizeof(long long), compare_longs);
    /* ordered pairs (i, j), a[j] = a[i] + k, found with two pointers bounding the run of a[i] + k */
    long long ordered = 0;
    int low = 0, high = 0;
    for (int i = 0; i < n; i++) {
        long long wanted = values[i] + k;
        while (low < n && values[low] < wanted) low++;
        if (high < low) high = low;
        while (high < n && values[high] == wanted) high++;
        ordered += high - low;
    }
    /* with k = 0 every pair was seen twice, plus each index with itself */
    long long pairs = k == 0 ? (ordered - n) / 2 : ordered;
    printf("%lld\n", pairs);
    free(values);
    return 0;
}
