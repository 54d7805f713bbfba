#include <stdio.h>
#include <stdlib.h>

int main(void) {
    long long n, v;
    if (scanf("%lld", &n) != 1) n = 0;
    size_t cap = 16, count = 0;
    long long *distinct = malloc(cap * sizeof *distinct);
    for (long long i = 0; i < n && scanf("%lld", &v) == 1; i++) {
        int found = 0;
        for (size_t j = 0; j < count; j++) {
            if (distinct[j] == v) { found = 1; break; }
        }
        if (!found) {
            if (count == cap) distinct = realloc(distinct, (cap *= 2) * sizeof *distinct);
            distinct[count++] = v;
        }
    }
    printf("%zu\n", count);
    free(distinct);
    return 0;
}
