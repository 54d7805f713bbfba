#include <stdio.h>
#include <stdlib.h>

#define MAX_VALUE 1000000

int main(void) {
    long n;
    if (scanf("%ld", &n) != 1) return 0;
    /* Fenwick tree: how many values seen so far are <= v */
    int *tree = calloc(MAX_VALUE + 1, sizeof(int));
    long long inversions = 0;
    for (long seen = 0; seen < n; seen++) {
        int v;
        scanf("%d", &v);
        long not_greater = 0;
        for (int i = v; i > 0; i -= i & -i) not_greater += tree[i];
        inversions += seen - not_greater;
        for (int i = v; i <= MAX_VALUE; i += i & -i) tree[i]++;
    }
    printf("%lld\n", inversions);
    free(tree);
    return 0;
}
