#include <stdio.h>
void query(char *out, size_t n) {
    snprintf(out, n, "%s", "SELECT * FROM likes WHERE user = ?");
}
