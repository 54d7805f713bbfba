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

struct spiral { int size; int **matrix; };

/* a destructor: the field freed under a condition, then the structure itself */
void spiral_destroy(struct spiral *spiral) {
    for (int i = 0; i < spiral->size; i++) {
        free(spiral->matrix[i]);
    }
    if (spiral->size > 0) {
        free(spiral->matrix);
    }
    free(spiral);
}

struct node { struct node *next; };

void free_list(struct node *p) {
    if (p->next != NULL)
        free_list(p->next);
    free(p);
}
