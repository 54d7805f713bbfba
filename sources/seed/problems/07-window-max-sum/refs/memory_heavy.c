#include <stdio.h>
#include <stdlib.h>

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
    long long *values = malloc(sizeof(long long) * n);
    for (long i = 0; i < n; i++) values[i] = strtoll(p, &p, 10);
    long *deque = malloc(sizeof(long) * n);
    long long *maxima = malloc(sizeof(long long) * n);
    long head = 0, tail = 0, count = 0;
    for (long i = 0; i < n; i++) {
        if (head < tail && deque[head] <= i - k) head++;
        while (tail > head && values[deque[tail - 1]] <= values[i]) tail--;
        deque[tail++] = i;
        if (i >= k - 1) maxima[count++] = values[deque[head]];
    }
    long long total = 0;
    for (long i = 0; i < count; i++) total += maxima[i];
    printf("%lld\n", total);
    free(maxima);
    free(deque);
    free(values);
    free(text);
    return 0;
}
