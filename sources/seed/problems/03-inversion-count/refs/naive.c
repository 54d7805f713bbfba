#include <stdio.h>
#include <stdlib.h>

int main(void) {
    long n;
    if (scanf("%ld", &n) != 1) return 0;
    int *a = malloc(sizeof(int) * (n > 0 ? n : 1));
    for (long i = 0; i < n; i++) scanf("%d", &a[i]);
    long long inversions = 0;
    for (long i = 0; i < n; i++)
        for (long j = i + 1; j < n; j++)
            if (a[i] > a[j]) inversions++;
    printf("%lld\n", inversions);
    free(a);
    return 0;
}
