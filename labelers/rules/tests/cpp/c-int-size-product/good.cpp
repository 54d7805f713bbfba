#include <stdlib.h>
#include <string.h>

struct ring { unsigned char *data; unsigned elem_size; };

void ring_copy(struct ring *r, unsigned char *out, unsigned count) {
    memcpy(out, r->data, (size_t)count * r->elem_size);
}
