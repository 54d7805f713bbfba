#include <string.h>
void keep(const char *src, size_t n) {
    char buffer[64];
    memcpy(buffer, src, n);
}
