// Readable reference: the streaming prefix match with named steps and comments (same algorithm as efficient).
#include <algorithm>
#include <cstdio>
#include <string>

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

// Streams stdin byte by byte, matching every string against the first one:
// only the first string and the current common length are kept.
int main() {
    long n;
    int c;
    n = 0;
    while ((c = next_byte()) != EOF && c != '\n')
        if (c >= '0' && c <= '9') n = n * 10 + (c - '0');
    std::string first;
    while ((c = next_byte()) != EOF && c != '\n')
        if (c != '\r') first.push_back(static_cast<char>(c));
    size_t common = first.size();
    for (long line = 1; line < n; line++) {
        size_t matched = 0;
        bool matching = true;
        while ((c = next_byte()) != EOF && c != '\n') {
            if (c == '\r') continue;
            if (matching && matched < common && c == first[matched]) matched++;
            else matching = false;
        }
        common = std::min(common, matched);
    }
    printf("%zu\n", common);
    return 0;
}
