#include <stdio.h>
#include <stdlib.h>

/* Reads the whole input into memory first, then works on the stored copy. */
static char *read_all(size_t *size) {
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    size_t got;
    while ((got = fread(buf + len, 1, cap - len - 1, stdin)) > 0) {
        len += got;
        if (cap - len - 1 == 0) buf = realloc(buf, cap *= 2);
    }
    buf[len] = '\0';
    *size = len;
    return buf;
}

int main(void) {
    size_t size;
    char *text = read_all(&size);
    char *p = text;
    long n = strtol(p, &p, 10), k = strtol(p, &p, 10);
    long long *readings = malloc(sizeof(long long) * n);
    for (long i = 0; i < n; i++) readings[i] = strtoll(p, &p, 10);
    long long *prefix = malloc(sizeof(long long) * (n + 1));
    prefix[0] = 0;
    for (long i = 0; i < n; i++) prefix[i + 1] = prefix[i] + readings[i];
    long long best = prefix[k];
    for (long i = 1; i + k <= n; i++)
        if (prefix[i + k] - prefix[i] > best) best = prefix[i + k] - prefix[i];
    printf("%lld\n", best);
    free(prefix);
    free(readings);
    free(text);
    return 0;
}
