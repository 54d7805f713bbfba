#include <stdio.h>
#include <stdlib.h>

int main(void) {
    long n;
    if (scanf("%ld", &n) != 1) return 0;
    int *readings = malloc(sizeof(int) * n);
    int top = 0;
    for (long i = 0; i < n; i++) {
        scanf("%d", &readings[i]);
        if (readings[i] > top) top = readings[i];
    }
    int best = 0;
    long best_count = 0;
    for (int value = 0; value <= top; value++) {
        long occurrences = 0;
        for (long i = 0; i < n; i++)
            if (readings[i] == value) occurrences++;
        if (occurrences > best_count) {
            best = value;
            best_count = occurrences;
        }
    }
    printf("%d %ld\n", best, best_count);
    free(readings);
    return 0;
}
