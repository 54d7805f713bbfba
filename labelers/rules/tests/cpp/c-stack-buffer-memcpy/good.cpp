#include <string.h>
void keep(const char *src, size_t n) {
    char buffer[64];
    if (n > sizeof(buffer)) n = sizeof(buffer);
    memcpy(buffer, src, sizeof(buffer));
}

int keep_checked(const char *src, size_t n) {
    char record[32];
    if (n > sizeof(record))
        return -1;
    memcpy(record, src, n);
    return record[0];
}
