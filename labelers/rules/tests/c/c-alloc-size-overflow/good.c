#include <stdlib.h>
int *make(size_t count) {
    int *values = calloc(count, sizeof(int));
    return values;
}

#define CHUNK_SIZE 64

/* a product of compile-time constants cannot grow with input */
int *chunk(int *tree) {
    int *grown = realloc(tree, sizeof(int) * CHUNK_SIZE);
    return grown ? grown : malloc(sizeof(int) * CHUNK_SIZE);
}
