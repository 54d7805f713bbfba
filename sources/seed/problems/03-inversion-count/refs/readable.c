/* Count the pairs i < j with a[i] > a[j]. */
#include <stdio.h>
#include <stdlib.h>

#define MAX_VALUE 1000000

/* Fenwick tree: prefix counts over the values 1..MAX_VALUE, O(log) per update and query. */
static void add_one(int *tree, int value) {
    for (int i = value; i <= MAX_VALUE; i += i & -i) tree[i]++;
}

static long count_at_most(const int *tree, int value) {
    long total = 0;
    for (int i = value; i > 0; i -= i & -i) total += tree[i];
    return total;
}

/* Each value forms an inversion with every earlier value that is larger. */
static long long count_inversions(const int *sequence, long count) {
    int *seen = calloc(MAX_VALUE + 1, sizeof(int));
    long long inversions = 0;
    for (long seen_so_far = 0; seen_so_far < count; seen_so_far++) {
        inversions += seen_so_far - count_at_most(seen, sequence[seen_so_far]);
        add_one(seen, sequence[seen_so_far]);
    }
    free(seen);
    return inversions;
}

int main(void) {
    long count;
    if (scanf("%ld", &count) != 1) return 0;
    int *sequence = malloc(sizeof(int) * (count > 0 ? count : 1));
    for (long i = 0; i < count; i++) scanf("%d", &sequence[i]);
    printf("%lld\n", count_inversions(sequence, count));
    free(sequence);
    return 0;
}
