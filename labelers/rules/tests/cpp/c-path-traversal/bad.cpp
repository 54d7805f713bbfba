#include <stdio.h>
FILE *open_under(const char *base, const char *name) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", base, name);
    return fopen(path, "r");
}
