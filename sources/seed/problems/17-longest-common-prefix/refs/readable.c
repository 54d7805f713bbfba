// Readable reference: the streaming prefix match with named steps and comments (same algorithm as efficient).
#include <stdio.h>
#include <stdlib.h>

static char input_buffer[1 << 16];
static size_t input_length, input_position;

/* Next byte of stdin through a 64 KiB buffer, or EOF. */
static int next_byte(void) {
    if (input_position == input_length) {
        input_length = fread(input_buffer, 1, sizeof input_buffer, stdin);
        input_position = 0;
        if (input_length == 0) return EOF;
    }
    return (unsigned char)input_buffer[input_position++];
}

/* Streams stdin byte by byte, matching every string against the first one:
   only the first string and the current common length are kept. */
int main(void) {
    long n;
    int c;
    n = 0;
    while ((c = next_byte()) != EOF && c != '\n')
        if (c >= '0' && c <= '9') n = n * 10 + (c - '0');
    size_t capacity = 64, first_length = 0;
    char *first = malloc(capacity);
    while ((c = next_byte()) != EOF && c != '\n') {
        if (c == '\r') continue;
        if (first_length == capacity) first = realloc(first, capacity *= 2);
        first[first_length++] = (char)c;
    }
    size_t common = first_length;
    for (long line = 1; line < n; line++) {
        size_t matched = 0;
        int matching = 1;
        while ((c = next_byte()) != EOF && c != '\n') {
            if (c == '\r') continue;
            if (matching && matched < common && c == first[matched]) matched++;
            else matching = 0;
        }
        if (matched < common) common = matched;
    }
    printf("%zu\n", common);
    free(first);
    return 0;
}
