#include <stdlib.h>

struct queue { int *slots; };

int queue_grow(struct queue *q, size_t n) {
    int *slots = realloc(q->slots, n * sizeof(int));
    if (slots == NULL) {
        free(q->slots);
        q->slots = NULL;
        return -1;
    }
    q->slots = slots;
    return 0;
}
