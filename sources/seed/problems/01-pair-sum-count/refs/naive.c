#include <stdio.h>
#include <stdlib.h>

int main(void) {
    long n; long long t;
    if (scanf("%ld %lld", &n, &t) != 2) return 0;
    long long *a = malloc(sizeof(long long) * (n > 0 ? n : 1));
    for (long i = 0; i < n; i++) scanf("%lld", &a[i]);
    long long pairs = 0;
    for (long i = 0; i < n; i++)
        for (long j = i + 1; j < n; j++)
            if (a[i] + a[j] == t) pairs++;
    printf("%lld\n", pairs);
    free(a);
    return 0;
}
