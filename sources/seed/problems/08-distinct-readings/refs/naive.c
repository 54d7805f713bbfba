#include <stdio.h>
#include <stdlib.h>

int main(void) {
    long n;
    if (scanf("%ld", &n) != 1) return 0;
    int *distinct = malloc(sizeof(int) * n);
    long count = 0;
    for (long i = 0; i < n; i++) {
        int value;
        scanf("%d", &value);
        long j = 0;
        while (j < count && distinct[j] != value) j++;
        if (j == count) distinct[count++] = value;
    }
    printf("%ld\n", count);
    free(distinct);
    return 0;
}
