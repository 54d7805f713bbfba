#include <stdlib.h>
#include <string.h>

struct bookmark { char name[64]; };

void set_name(struct bookmark *b, const char *name) {
    strncpy(b->name, name, sizeof(b->name));
    b->name[sizeof(b->name) - 1] = '\0';
}

void clear_counts(void) {
    int counts[16];
    int i;
    for (i = 0; i < 16; i++)
        counts[i] = 0;
}

char *copy_text(const char *text, size_t len) {
    char *copy = malloc(len + 1);
    if (copy == NULL)
        return NULL;
    memcpy(copy, text, len);
    copy[len] = '\0';
    return copy;
}
