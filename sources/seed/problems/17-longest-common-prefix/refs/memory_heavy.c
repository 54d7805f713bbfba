#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    char **strings = malloc(sizeof(char *) * n);
    size_t *lengths = malloc(sizeof(size_t) * n);
    char buffer[1024];
    for (int i = 0; i < n; i++) {
        if (scanf("%1023s", buffer) != 1) buffer[0] = 0;
        strings[i] = malloc(strlen(buffer) + 1);
        strcpy(strings[i], buffer);
        lengths[i] = strlen(buffer);
    }
    size_t length = 0;
    for (;;) {
        int all = 1;
        for (int i = 0; i < n && all; i++)
            if (length >= lengths[i] || strings[i][length] != strings[0][length]) all = 0;
        if (!all) break;
        length++;
    }
    printf("%zu\n", length);
    for (int i = 0; i < n; i++) free(strings[i]);
    free(strings);
    free(lengths);
    return 0;
}
