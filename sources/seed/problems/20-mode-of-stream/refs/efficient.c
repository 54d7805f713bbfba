#include <stdio.h>
#include <stdlib.h>

/* Growable open-addressing map long long -> count: memory ~ number of distinct values. */
typedef struct {
    long long *keys;
    long long *counts;
    unsigned char *used;
    size_t capacity, size;
} Counter;

static size_t slot_of(const long long *keys, const unsigned char *used, size_t capacity, long long key) {
    size_t slot = (size_t)((unsigned long long)key * 0x9E3779B97F4A7C15ULL >> 24) & (capacity - 1);
    while (used[slot] && keys[slot] != key) slot = (slot + 1) & (capacity - 1);
    return slot;
}

static void counter_grow(Counter *c) {
    size_t capacity = c->capacity * 2;
    long long *keys = calloc(capacity, sizeof *keys);
    long long *counts = calloc(capacity, sizeof *counts);
    unsigned char *used = calloc(capacity, 1);
    for (size_t i = 0; i < c->capacity; i++) {
        if (!c->used[i]) continue;
        size_t slot = slot_of(keys, used, capacity, c->keys[i]);
        used[slot] = 1;
        keys[slot] = c->keys[i];
        counts[slot] = c->counts[i];
    }
    free(c->keys);
    free(c->counts);
    free(c->used);
    c->keys = keys;
    c->counts = counts;
    c->used = used;
    c->capacity = capacity;
}

static void counter_add(Counter *c, long long key) {
    size_t slot = slot_of(c->keys, c->used, c->capacity, key);
    if (c->used[slot]) {
        c->counts[slot]++;
        return;
    }
    c->used[slot] = 1;
    c->keys[slot] = key;
    c->counts[slot] = 1;
    if (++c->size * 2 > c->capacity) counter_grow(c);
}

/* Reads the next integer from stdin through a 64 KiB buffer; returns 0 at end of input. */
static int read_long(long long *out) {
    static char buffer[1 << 16];
    static size_t length = 0, position = 0;
    int c;
#define NEXT_CHAR() (position < length || (position = 0, length = fread(buffer, 1, sizeof buffer, stdin)) > 0 ? buffer[position++] : -1)
    do c = NEXT_CHAR(); while (c != -1 && c != '-' && (c < '0' || c > '9'));
    if (c == -1) return 0;
    int negative = c == '-';
    if (negative) c = NEXT_CHAR();
    long long value = 0;
    while (c >= '0' && c <= '9') {
        value = value * 10 + (c - '0');
        c = NEXT_CHAR();
    }
#undef NEXT_CHAR
    *out = negative ? -value : value;
    return 1;
}

int main(void) {
    long long n, value;
    if (!read_long(&n)) n = 0;
    Counter counter = {calloc(16, sizeof(long long)), calloc(16, sizeof(long long)), calloc(16, 1), 16, 0};
    /* values are streamed: only the distinct ones and their counts are kept */
    for (long long i = 0; i < n && read_long(&value); i++) counter_add(&counter, value);
    long long best_value = 0, best_count = 0;
    for (size_t i = 0; i < counter.capacity; i++) {
        if (!counter.used[i]) continue;
        long long v = counter.keys[i], c = counter.counts[i];
        if (c > best_count || (c == best_count && v < best_value)) {
            best_value = v;
            best_count = c;
        }
    }
    printf("%lld %lld\n", best_value, best_count);
    return 0;
}
