#include <stdio.h>
#include <stdlib.h>

static int compare_ints(const void *a, const void *b) {
    return *(const int *)a - *(const int *)b;
}

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
    long n = strtol(p, &p, 10);
    int *readings = malloc(sizeof(int) * n);
    for (long i = 0; i < n; i++) readings[i] = (int)strtol(p, &p, 10);
    qsort(readings, n, sizeof(int), compare_ints);
    int best = readings[0];
    long best_count = 0, run_start = 0;
    for (long i = 1; i <= n; i++) {
        if (i == n || readings[i] != readings[run_start]) {
            if (i - run_start > best_count) {
                best = readings[run_start];
                best_count = i - run_start;
            }
            run_start = i;
        }
    }
    printf("%d %ld\n", best, best_count);
    free(readings);
    free(text);
    return 0;
}
