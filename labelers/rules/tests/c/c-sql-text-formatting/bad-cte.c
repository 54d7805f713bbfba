#include <stdio.h>
void recent(char *out, size_t n, const char *user) {
    snprintf(out, n, "WITH mine AS (SELECT * FROM likes WHERE user = '%s') SELECT count(*) FROM mine", user);
}
