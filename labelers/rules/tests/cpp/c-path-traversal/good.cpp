#include <stdio.h>
#include <string.h>
FILE *open_under(const char *base, const char *name) {
    char path[512];
    if (strstr(name, "..") != NULL || name[0] == '/') return NULL;
    snprintf(path, sizeof path, "%s/%s", base, name);
    return fopen(path, "r");
}
