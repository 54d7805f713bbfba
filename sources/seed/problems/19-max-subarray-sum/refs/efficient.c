#include <stdio.h>

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
    if (!read_long(&n)) return 0;
    /* Kadane's scan: the best run ending here either extends the previous one or starts afresh. */
    long long best = 0, ending_here = 0;
    for (long long i = 0; i < n && read_long(&value); i++) {
        ending_here = ending_here + value > value ? ending_here + value : value;
        if (i == 0 || ending_here > best) best = ending_here;
    }
    printf("%lld\n", best);
    return 0;
}
