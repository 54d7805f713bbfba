#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    long long *a = malloc(sizeof(long long) * (n + 1));
    for (int i = 0; i < n; i++) scanf("%lld", &a[i]);
    long long total = 0;
    for (int i = 0; i < n; i++) {
        long long found = -1;
        for (int j = i + 1; j < n; j++) {
            if (a[j] > a[i]) {
                found = a[j];
                break;
            }
        }
        total += found;
    }
    printf("%lld\n", total);
    free(a);
    return 0;
}
