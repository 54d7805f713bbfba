/* Length of the longest strictly increasing subsequence. */
#include <stdio.h>
#include <stdlib.h>

/* First position in sorted_tails[0..length) whose value is >= value. */
static long first_not_smaller(const long long *sorted_tails, long length, long long value) {
    long low = 0, high = length;
    while (low < high) {
        long middle = low + (high - low) / 2;
        if (sorted_tails[middle] < value) low = middle + 1;
        else high = middle;
    }
    return low;
}

/* Patience sorting: smallest_tail[k] is the smallest last element of an increasing run of length k + 1. */
static long longest_increasing_length(const long long *sequence, long count) {
    long long *smallest_tail = malloc(sizeof(long long) * (count > 0 ? count : 1));
    long length = 0;
    for (long i = 0; i < count; i++) {
        long position = first_not_smaller(smallest_tail, length, sequence[i]);
        smallest_tail[position] = sequence[i];
        if (position == length) length++;
    }
    free(smallest_tail);
    return length;
}

int main(void) {
    long count;
    if (scanf("%ld", &count) != 1) return 0;
    long long *sequence = malloc(sizeof(long long) * (count > 0 ? count : 1));
    for (long i = 0; i < count; i++) scanf("%lld", &sequence[i]);
    printf("%ld\n", longest_increasing_length(sequence, count));
    free(sequence);
    return 0;
}
