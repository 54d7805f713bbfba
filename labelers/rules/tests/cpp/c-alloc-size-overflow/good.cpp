#include <stdlib.h>
int *make(size_t count) {
    int *values = calloc(count, sizeof(int));
    return values;
}
