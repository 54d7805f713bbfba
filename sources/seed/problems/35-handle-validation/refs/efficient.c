#include <stdio.h>

/* One left-to-right pass: word characters, single separators, no separator at either end. */
static int is_valid_handle(const char *handle) {
    int previous_was_separator = 1; /* a handle may not start with a separator */
    for (const char *p = handle; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')) {
            previous_was_separator = 0;
        } else if ((*p == '.' || *p == '-') && !previous_was_separator) {
            previous_was_separator = 1;
        } else {
            return 0;
        }
    }
    return handle[0] != '\0' && !previous_was_separator;
}

int main(void) {
    int n = 0;
    char handle[256];
    if (scanf("%d", &n) != 1) return 0;
    for (int i = 0; i < n && scanf("%255s", handle) == 1; i++) puts(is_valid_handle(handle) ? "OK" : "BAD");
    return 0;
}
