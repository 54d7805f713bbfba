#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char HEX[] = "0123456789abcdef";
#include <sys/random.h>

static int compare_tokens(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(void) {
    int n = 0;
    if (scanf("%d", &n) != 1) return 0;
    char **issued = calloc((size_t)(n > 0 ? n : 1), sizeof(char *));
    if (issued == NULL) return 1;
    long total = 0;
    for (int i = 0; i < n; i++) {
        char user[64];
        int size = 0;
        if (scanf("%63s %d", user, &size) != 2) { n = i; break; }
        unsigned char bytes[64];
        if (getrandom(bytes, (size_t)size, 0) != size) return 1;
        issued[i] = calloc((size_t)size + 1, 2);
        if (issued[i] == NULL) return 1;
        for (int j = 0; j < size; j++) {
            issued[i][2 * j] = HEX[bytes[j] >> 4];
            issued[i][2 * j + 1] = HEX[bytes[j] & 0xF];
        }
        total += 2L * size;
    }
    qsort(issued, (size_t)n, sizeof(char *), compare_tokens);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
        if (i == 0 || strcmp(issued[i], issued[i - 1]) != 0) distinct++;
    }
    printf("%d %ld %d\n", n, total, distinct);
    return 0;
}
