#include <stdio.h>
#include <stdlib.h>

int main(void) {
    long n, q;
    if (scanf("%ld %ld", &n, &q) != 2) return 0;
    long long *a = malloc(sizeof(long long) * n);
    for (long i = 0; i < n; i++) scanf("%lld", &a[i]);
    long long total = 0, best = 0;
    for (long i = 0; i < q; i++) {
        long left, right;
        scanf("%ld %ld", &left, &right);
        long long answer = 0;
        for (long j = left - 1; j < right; j++) answer += a[j];
        total += answer;
        if (i == 0 || answer > best) best = answer;
    }
    printf("%lld %lld\n", total, best);
    free(a);
    return 0;
}
