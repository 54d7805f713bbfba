#include <stdio.h>
#include <stdlib.h>

int main(void) {
    long long n, v;
    if (scanf("%lld", &n) != 1) return 0;
    size_t cap = 16, size = 0;
    long long *values = malloc(cap * sizeof *values), *counts = malloc(cap * sizeof *counts);
    for (long long i = 0; i < n && scanf("%lld", &v) == 1; i++) {
        size_t j = 0;
        while (j < size && values[j] != v) j++;
        if (j < size) {
            counts[j]++;
        } else {
            if (size == cap) {
                cap *= 2;
                values = realloc(values, cap * sizeof *values);
                counts = realloc(counts, cap * sizeof *counts);
            }
            values[size] = v;
            counts[size++] = 1;
        }
    }
    size_t best = 0;
    for (size_t i = 1; i < size; i++)
        if (counts[i] > counts[best] || (counts[i] == counts[best] && values[i] < values[best])) best = i;
    printf("%lld %lld\n", values[best], counts[best]);
    free(values);
    free(counts);
    return 0;
}
