#include <stdio.h>
#include <string.h>

#define FIELD_SIZE 16

int main(void) {
    int n = 0;
    char name[256];
    char field[FIELD_SIZE];
    if (scanf("%d", &n) != 1) return 0;
    for (int i = 0; i < n && scanf("%255s", name) == 1; i++) {
        strcpy(field, name);
        puts(field);
    }
    return 0;
}
