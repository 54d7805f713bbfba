#include <stdio.h>
#include <stdlib.h>

int main(void) {
    long n, k;
    if (scanf("%ld %ld", &n, &k) != 2) return 0;
    /* monotonic deque of the window's possible maxima, kept in a ring of size k */
    long *ring_index = malloc(sizeof(long) * k);
    long long *ring_value = malloc(sizeof(long long) * k);
    long head = 0, size = 0;
    long long total = 0;
    for (long i = 0; i < n; i++) {
        long long value;
        scanf("%lld", &value);
        if (size > 0 && ring_index[head] <= i - k) {
            head = (head + 1) % k;
            size--;
        }
        while (size > 0 && ring_value[(head + size - 1) % k] <= value) size--;
        long back = (head + size) % k;
        ring_index[back] = i;
        ring_value[back] = value;
        size++;
        if (i >= k - 1) total += ring_value[head];
    }
    printf("%lld\n", total);
    free(ring_index);
    free(ring_value);
    return 0;
}
