#include <stdio.h>

static int n, weights[64];
static long long values[64];

/* try both leaving item i out and putting it in */
static long long best(int i, int room) {
    if (i == n) return 0;
    long long result = best(i + 1, room);
    if (weights[i] <= room) {
        long long with = values[i] + best(i + 1, room - weights[i]);
        if (with > result) result = with;
    }
    return result;
}

int main(void) {
    int capacity;
    if (scanf("%d %d", &n, &capacity) != 2) return 0;
    for (int i = 0; i < n; i++) scanf("%d %lld", &weights[i], &values[i]);
    printf("%lld\n", best(0, capacity));
    return 0;
}
