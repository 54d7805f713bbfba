#include <stdio.h>

int main(void) {
    int n = 0;
    char name[64];
    if (scanf("%d", &n) != 1) return 0;
    for (int i = 0; i < n && scanf("%63s", name) == 1; i++) {
        printf("Hello, %s!\n", name);
    }
    return 0;
}
