#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    long long *a = malloc(sizeof *a * n);
    for (int i = 0; i < n; i++) scanf("%lld", &a[i]);
    long long best = -1;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++) {
            long long d = a[i] > a[j] ? a[i] - a[j] : a[j] - a[i];
            if (best < 0 || d < best) best = d;
        }
    printf("%lld\n", best);
    free(a);
    return 0;
}
