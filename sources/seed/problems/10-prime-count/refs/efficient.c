#include <stdio.h>
#include <stdlib.h>

int main(void) {
    long n;
    if (scanf("%ld", &n) != 1 || n < 2) {
        printf("0\n");
        return 0;
    }
    char *composite = calloc(n + 1, 1);
    for (long p = 2; p * p <= n; p++)
        if (!composite[p])
            for (long m = p * p; m <= n; m += p) composite[m] = 1;
    long count = 0;
    for (long k = 2; k <= n; k++) count += !composite[k];
    printf("%ld\n", count);
    free(composite);
    return 0;
}
