#include <stdio.h>
#include <stdlib.h>

static int compare_longs(const void *a, const void *b) {
    long long x = *(const long long *)a, y = *(const long long *)b;
    return (x > y) - (x < y);
}

int main(void) {
    int n;
    long long limit;
    if (scanf("%d %lld", &n, &limit) != 2) return 0;
    long long *values = malloc(sizeof(long long) * (size_t)n);
    for (int i = 0; i < n; i++) scanf("%lld", &values[i]);
    qsort(values, (size_t)n, sizeof(long long), compare_longs);
    long long pairs = 0;
    int low = 0, high = n - 1;
    while (low < high) {
        if (values[low] + values[high] <= limit) {
            /* values[low] pairs with every value from low+1 to high */
            pairs += high - low;
            low++;
        } else {
            high--;
        }
    }
    printf("%lld\n", pairs);
    free(values);
    return 0;
}
