#include <stdio.h>
#include <stdlib.h>

#define VALUES 1000000

int main(void) {
    long n;
    if (scanf("%ld", &n) != 1) return 0;
    unsigned char *seen = calloc(VALUES / 8 + 1, 1); /* one bit per possible reading */
    long distinct = 0;
    for (long i = 0; i < n; i++) {
        int value;
        scanf("%d", &value);
        unsigned char bit = (unsigned char)(1u << (value & 7));
        if (!(seen[value >> 3] & bit)) {
            seen[value >> 3] |= bit;
            distinct++;
        }
    }
    printf("%ld\n", distinct);
    free(seen);
    return 0;
}
