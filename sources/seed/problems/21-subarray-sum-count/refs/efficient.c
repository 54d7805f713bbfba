#include <stdio.h>
#include <stdlib.h>

/* Open-addressing hash map from a prefix sum to how often it occurred. */
typedef struct {
    long long *keys;
    long long *counts;
    unsigned char *used;
    size_t mask;
} PrefixCounts;

static size_t slot_of(const PrefixCounts *map, long long key) {
    size_t slot = (size_t)((unsigned long long)key * 0x9E3779B97F4A7C15ULL >> 20) & map->mask;
    while (map->used[slot] && map->keys[slot] != key) slot = (slot + 1) & map->mask;
    return slot;
}

static long long count_of(const PrefixCounts *map, long long key) {
    size_t slot = slot_of(map, key);
    return map->used[slot] ? map->counts[slot] : 0;
}

static void increment(PrefixCounts *map, long long key) {
    size_t slot = slot_of(map, key);
    map->used[slot] = 1;
    map->keys[slot] = key;
    map->counts[slot]++;
}

int main(void) {
    int n;
    long long target;
    if (scanf("%d %lld", &n, &target) != 2) return 0;
    size_t capacity = 16;
    while (capacity < 2 * (size_t)n + 2) capacity <<= 1; /* load factor <= 1/2 */
    PrefixCounts seen = {calloc(capacity, sizeof(long long)), calloc(capacity, sizeof(long long)),
                         calloc(capacity, 1), capacity - 1};
    /* a subarray (i, j] sums to target exactly when prefix[j] - prefix[i] == target */
    increment(&seen, 0); /* the empty prefix */
    long long prefix = 0, matches = 0, value;
    for (int i = 0; i < n; i++) {
        if (scanf("%lld", &value) != 1) break;
        prefix += value;
        matches += count_of(&seen, prefix - target);
        increment(&seen, prefix);
    }
    printf("%lld\n", matches);
    free(seen.keys);
    free(seen.counts);
    free(seen.used);
    return 0;
}
