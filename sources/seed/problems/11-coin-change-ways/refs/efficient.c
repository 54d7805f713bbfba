#include <stdio.h>
#include <stdlib.h>

#define MOD 1000000007LL

int main(void) {
    long n, amount;
    if (scanf("%ld %ld", &n, &amount) != 2) return 0;
    long long *ways = calloc(amount + 1, sizeof(long long)); /* ways to pay s with the coins seen so far */
    ways[0] = 1;
    for (long i = 0; i < n; i++) {
        long coin;
        scanf("%ld", &coin);
        for (long s = coin; s <= amount; s++) ways[s] = (ways[s] + ways[s - coin]) % MOD;
    }
    printf("%lld\n", ways[amount]);
    free(ways);
    return 0;
}
