#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    char **strings = malloc(sizeof(char *) * n);
    char buffer[1024];
    for (int i = 0; i < n; i++) {
        if (scanf("%1023s", buffer) != 1) buffer[0] = 0;
        strings[i] = malloc(strlen(buffer) + 1);
        strcpy(strings[i], buffer);
    }
    size_t answer = 0;
    /* try every prefix length of the first string, longest first, checking all strings each time */
    for (size_t length = strlen(strings[0]) + 1; length-- > 0;) {
        int all = 1;
        for (int i = 0; i < n && all; i++) {
            size_t k = 0;
            while (k < length && strings[i][k] != 0 && strings[i][k] == strings[0][k]) k++;
            if (k < length) all = 0;
        }
        if (all) {
            answer = length;
            break;
        }
    }
    printf("%zu\n", answer);
    for (int i = 0; i < n; i++) free(strings[i]);
    free(strings);
    return 0;
}
