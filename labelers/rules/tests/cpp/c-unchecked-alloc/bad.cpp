#include <stdlib.h>
#include <string.h>

char *copy_line(const char *src, size_t n) {
    char *line = malloc(n + 1);
    memcpy(line, src, n);
    line[n] = '\0';
    return line;
}
