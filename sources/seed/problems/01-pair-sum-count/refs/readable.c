/* Count the index pairs i < j whose values add up to the target. */
#include <stdio.h>
#include <stdlib.h>

static int compare_values(const void *left, const void *right) {
    long long a = *(const long long *)left, b = *(const long long *)right;
    return (a > b) - (a < b);
}

/* First index in [low, high) whose value is >= wanted (or > wanted when after_equal is set). */
static long first_index(const long long *sorted, long low, long high, long long wanted, int after_equal) {
    while (low < high) {
        long middle = low + (high - low) / 2;
        int go_right = sorted[middle] < wanted || (after_equal && sorted[middle] == wanted);
        if (go_right) low = middle + 1; else high = middle;
    }
    return low;
}

/* After sorting, each value pairs with the later values equal to its complement. */
static long long count_pairs_with_sum(long long *values, long count, long long target) {
    qsort(values, count, sizeof(long long), compare_values);
    long long pairs = 0;
    for (long i = 0; i < count; i++) {
        long long complement = target - values[i];
        pairs += first_index(values, i + 1, count, complement, 1) - first_index(values, i + 1, count, complement, 0);
    }
    return pairs;
}

int main(void) {
    long count;
    long long target;
    if (scanf("%ld %lld", &count, &target) != 2) return 0;
    long long *values = malloc(sizeof(long long) * (count > 0 ? count : 1));
    for (long i = 0; i < count; i++) scanf("%lld", &values[i]);
    printf("%lld\n", count_pairs_with_sum(values, count, target));
    free(values);
    return 0;
}
