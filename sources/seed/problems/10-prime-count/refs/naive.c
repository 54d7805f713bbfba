#include <stdio.h>

int main(void) {
    long n;
    if (scanf("%ld", &n) != 1) return 0;
    long count = 0;
    for (long k = 2; k <= n; k++) {
        int prime = 1;
        for (long d = 2; d * d <= k; d++)
            if (k % d == 0) {
                prime = 0;
                break;
            }
        count += prime;
    }
    printf("%ld\n", count);
    return 0;
}
