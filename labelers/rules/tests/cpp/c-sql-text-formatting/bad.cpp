#include <stdio.h>
void query(char *out, size_t n, const char *user) {
    snprintf(out, n, "SELECT * FROM likes WHERE user = '%s'", user);
}
