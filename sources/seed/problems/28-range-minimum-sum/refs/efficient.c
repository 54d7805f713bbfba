#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    int levels = 1;
    while ((1 << levels) <= n) levels++;
    /* table[k][i] = min(a[i .. i + 2^k - 1]) */
    long long **table = malloc(sizeof(long long *) * levels);
    table[0] = malloc(sizeof(long long) * n);
    for (int i = 0; i < n; i++) scanf("%lld", &table[0][i]);
    for (int k = 1; k < levels; k++) {
        int width = 1 << (k - 1), count = n - 2 * width + 1;
        table[k] = malloc(sizeof(long long) * count);
        for (int i = 0; i < count; i++) {
            long long a = table[k - 1][i], b = table[k - 1][i + width];
            table[k][i] = a < b ? a : b;
        }
    }
    long long total = 0;
    for (int i = 0; i < q; i++) {
        int left, right;
        if (scanf("%d %d", &left, &right) != 2) break;
        left--;
        right--;
        /* two overlapping power-of-two windows cover [left, right] */
        int k = 0;
        while ((2 << k) <= right - left + 1) k++;
        long long a = table[k][left], b = table[k][right - (1 << k) + 1];
        total += a < b ? a : b;
    }
    printf("%lld\n", total);
    for (int k = 0; k < levels; k++) free(table[k]);
    free(table);
    return 0;
}
