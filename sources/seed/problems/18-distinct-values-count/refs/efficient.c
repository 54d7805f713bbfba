#include <stdio.h>
#include <stdlib.h>

/* Growable open-addressing set of long longs: memory ~ number of distinct values. */
typedef struct {
    long long *keys;
    unsigned char *used;
    size_t capacity, size;
} LongSet;

static size_t slot_of(const long long *keys, const unsigned char *used, size_t capacity, long long key) {
    size_t slot = (size_t)((unsigned long long)key * 0x9E3779B97F4A7C15ULL >> 24) & (capacity - 1);
    while (used[slot] && keys[slot] != key) slot = (slot + 1) & (capacity - 1);
    return slot;
}

static void set_grow(LongSet *set) {
    size_t capacity = set->capacity * 2;
    long long *keys = calloc(capacity, sizeof *keys);
    unsigned char *used = calloc(capacity, 1);
    for (size_t i = 0; i < set->capacity; i++) {
        if (!set->used[i]) continue;
        size_t slot = slot_of(keys, used, capacity, set->keys[i]);
        used[slot] = 1;
        keys[slot] = set->keys[i];
    }
    free(set->keys);
    free(set->used);
    set->keys = keys;
    set->used = used;
    set->capacity = capacity;
}

static void set_add(LongSet *set, long long key) {
    size_t slot = slot_of(set->keys, set->used, set->capacity, key);
    if (set->used[slot]) return;
    set->used[slot] = 1;
    set->keys[slot] = key;
    if (++set->size * 2 > set->capacity) set_grow(set);
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
    LongSet distinct = {calloc(16, sizeof(long long)), calloc(16, 1), 16, 0};
    /* values are streamed: nothing but the distinct ones is kept */
    for (long long i = 0; i < n && read_long(&value); i++) set_add(&distinct, value);
    printf("%zu\n", distinct.size);
    free(distinct.keys);
    free(distinct.used);
    return 0;
}
