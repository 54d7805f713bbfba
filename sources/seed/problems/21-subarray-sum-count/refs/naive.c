#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n;
    long long k;
    if (scanf("%d %lld", &n, &k) != 2) return 0;
    long long *a = malloc(sizeof(long long) * (n + 1));
    for (int i = 0; i < n; i++) scanf("%lld", &a[i]);
    long long count = 0;
    for (int i = 0; i < n; i++) {
        long long s = 0;
        for (int j = i; j < n; j++) {
            s += a[j];
            if (s == k) count++;
        }
    }
    printf("%lld\n", count);
    free(a);
    return 0;
}
