#include <stdio.h>
#include <stdlib.h>

#define VALUES 1000000

int main(void) {
    long n;
    if (scanf("%ld", &n) != 1) return 0;
    int *counts = calloc(VALUES, sizeof(int)); /* one counter per possible reading */
    for (long i = 0; i < n; i++) {
        int value;
        scanf("%d", &value);
        counts[value]++;
    }
    int best = 0;
    for (int value = 1; value < VALUES; value++)
        if (counts[value] > counts[best]) best = value;
    printf("%d %d\n", best, counts[best]);
    free(counts);
    return 0;
}
