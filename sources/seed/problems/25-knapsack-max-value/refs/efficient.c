#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n, capacity;
    if (scanf("%d %d", &n, &capacity) != 2) return 0;
    /* best[c] = best value within capacity c; walk c downwards so each item is used at most once */
    long long *best = calloc(capacity + 1, sizeof *best);
    for (int i = 0; i < n; i++) {
        int weight;
        long long value;
        if (scanf("%d %lld", &weight, &value) != 2) break;
        for (int c = capacity; c >= weight; c--)
            if (best[c - weight] + value > best[c]) best[c] = best[c - weight] + value;
    }
    printf("%lld\n", best[capacity]);
    free(best);
    return 0;
}
