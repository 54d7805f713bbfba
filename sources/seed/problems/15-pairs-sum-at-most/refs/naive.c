#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n;
    long long limit;
    if (scanf("%d %lld", &n, &limit) != 2) return 0;
    long long *values = malloc(sizeof(long long) * (size_t)n);
    for (int i = 0; i < n; i++) scanf("%lld", &values[i]);
    long long pairs = 0;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if (values[i] + values[j] <= limit) pairs++;
    printf("%lld\n", pairs);
    free(values);
    return 0;
}
