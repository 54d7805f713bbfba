#include <stdio.h>
#include <stdlib.h>

#define MOD 1000000007LL

int main(void) {
    long n, amount;
    if (scanf("%ld %ld", &n, &amount) != 2) return 0;
    long long *ways = calloc(amount + 1, sizeof(long long));
    long long *next = calloc(amount + 1, sizeof(long long));
    ways[0] = 1;
    for (long i = 0; i < n; i++) {
        long coin;
        scanf("%ld", &coin);
        /* use the coin k times for every possible k */
        for (long s = 0; s <= amount; s++) {
            long long total = 0;
            for (long rest = s; rest >= 0; rest -= coin) total = (total + ways[rest]) % MOD;
            next[s] = total;
        }
        long long *swap = ways;
        ways = next;
        next = swap;
    }
    printf("%lld\n", ways[amount]);
    free(ways);
    free(next);
    return 0;
}
