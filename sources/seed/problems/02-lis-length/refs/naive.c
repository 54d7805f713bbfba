#include <stdio.h>
#include <stdlib.h>

int main(void) {
    long n;
    if (scanf("%ld", &n) != 1) return 0;
    long long *a = malloc(sizeof(long long) * (n > 0 ? n : 1));
    long *best = malloc(sizeof(long) * (n > 0 ? n : 1));
    long answer = 0;
    for (long i = 0; i < n; i++) scanf("%lld", &a[i]);
    for (long i = 0; i < n; i++) {
        best[i] = 1;
        for (long j = 0; j < i; j++)
            if (a[j] < a[i] && best[j] + 1 > best[i]) best[i] = best[j] + 1;
        if (best[i] > answer) answer = best[i];
    }
    printf("%ld\n", answer);
    free(a);
    free(best);
    return 0;
}
