#include <stdio.h>
#include <stdlib.h>

#define VALUES 1000000

/* Reads the whole input into memory first, then works on the stored copy. */
static char *read_all(void) {
    size_t cap = 1 << 16, len = 0, got;
    char *buf = malloc(cap);
    while ((got = fread(buf + len, 1, cap - len - 1, stdin)) > 0) {
        len += got;
        if (cap - len - 1 == 0) buf = realloc(buf, cap *= 2);
    }
    buf[len] = '\0';
    return buf;
}

int main(void) {
    char *text = read_all();
    char *p = text;
    long n = strtol(p, &p, 10), k = strtol(p, &p, 10);
    long *values = malloc(sizeof(long) * n);
    for (long i = 0; i < n; i++) values[i] = strtol(p, &p, 10);
    int *counts = calloc(VALUES, sizeof(int));
    long *distinct = malloc(sizeof(long) * n); /* distinct[i] = distinct values in the window ending at i */
    long current = 0;
    for (long i = 0; i < n; i++) {
        if (i >= k && --counts[values[i - k]] == 0) current--;
        if (counts[values[i]]++ == 0) current++;
        distinct[i] = current;
    }
    long long total = 0;
    for (long i = k - 1; i < n; i++) total += distinct[i];
    printf("%lld\n", total);
    free(distinct);
    free(counts);
    free(values);
    free(text);
    return 0;
}
