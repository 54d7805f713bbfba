#include <string.h>

struct bookmark { char name[64]; };

void set_name(struct bookmark *b, const char *name) {
    strncpy(b->name, name, sizeof(b->name));
    b->name[sizeof(b->name)] = '\0';
}
