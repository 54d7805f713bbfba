#include <stdio.h>

#define FIELD_SIZE 16

int main(void) {
    int n = 0;
    char name[256];
    char field[FIELD_SIZE];
    if (scanf("%d", &n) != 1) return 0;
    for (int i = 0; i < n && scanf("%255s", name) == 1; i++) {
        /* snprintf never writes more than FIELD_SIZE bytes and always terminates. */
        snprintf(field, sizeof field, "%s", name);
        puts(field);
    }
    return 0;
}
