#include <string.h>
void keep(const char *src, size_t n) {
    char buffer[64];
    if (n > sizeof(buffer)) n = sizeof(buffer);
    memcpy(buffer, src, sizeof(buffer));
}
