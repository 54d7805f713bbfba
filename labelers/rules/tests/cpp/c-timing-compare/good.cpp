#include <string.h>
int check(const char *secret, const char *presented, size_t n) {
    unsigned char difference = 0;
    for (size_t i = 0; i < n; i++) difference |= (unsigned char)(secret[i] ^ presented[i]);
    return difference == 0;
}
