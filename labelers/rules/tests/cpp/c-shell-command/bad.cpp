#include <stdio.h>
#include <stdlib.h>
int main(void) {
    char name[64], cmd[128];
    if (scanf("%63s", name) != 1) return 1;
    snprintf(cmd, sizeof cmd, "echo %s", name);
    return system(cmd);
}
