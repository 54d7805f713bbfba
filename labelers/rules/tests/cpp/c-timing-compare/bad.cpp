#include <string.h>
int check(const char *secret, const char *presented) {
    return strcmp(secret, presented) == 0;
}
