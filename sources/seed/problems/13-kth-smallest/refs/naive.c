#include <stdio.h>
#include <stdlib.h>

int main(void) {
    long n, k;
    if (scanf("%ld %ld", &n, &k) != 2) return 0;
    long long *values = malloc(sizeof(long long) * n);
    for (long i = 0; i < n; i++) scanf("%lld", &values[i]);
    long size = n;
    long long answer = 0;
    for (long round = 0; round < k; round++) {
        long smallest = 0;
        for (long i = 1; i < size; i++)
            if (values[i] < values[smallest]) smallest = i;
        answer = values[smallest];
        values[smallest] = values[--size]; /* remove it */
    }
    printf("%lld\n", answer);
    free(values);
    return 0;
}
