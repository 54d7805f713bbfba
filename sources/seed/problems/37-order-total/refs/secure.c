#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* Parses a non-negative decimal that must fit in a signed 64-bit integer. */
static int parse_value(const char *text, int64_t *value) {
    char *end;
    errno = 0;
    long long parsed = strtoll(text, &end, 10);
    if (errno == ERANGE || end == text || *end != '\0' || parsed < 0) return 0;
    *value = parsed;
    return 1;
}

int main(void) {
    int n = 0;
    char quantity_text[32], price_text[32];
    if (scanf("%d", &n) != 1) return 0;
    int64_t total = 0;
    int overflow = 0;
    for (int i = 0; i < n && scanf("%31s %31s", quantity_text, price_text) == 2; i++) {
        int64_t quantity, price, line;
        if (!parse_value(quantity_text, &quantity) || !parse_value(price_text, &price)) return 1;
        if (__builtin_mul_overflow(quantity, price, &line) || __builtin_add_overflow(total, line, &total)) overflow = 1;
    }
    if (overflow) puts("OVERFLOW");
    else printf("%lld\n", (long long)total);
    return 0;
}
