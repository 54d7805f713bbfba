#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHUNK 200

int main(void) {
    int n = 0;
    char name[64];
    static char command[CHUNK * 96];
    if (scanf("%d", &n) != 1) return 0;
    int in_chunk = 0;
    command[0] = '\0';
    for (int i = 0; i < n && scanf("%63s", name) == 1; i++) {
        size_t used = strlen(command);
        snprintf(command + used, sizeof command - used, "echo Hello, %s!; ", name);
        if (++in_chunk == CHUNK) {
            fflush(stdout);
            system(command);
            command[0] = '\0';
            in_chunk = 0;
        }
    }
    if (in_chunk > 0) {
        fflush(stdout);
        system(command);
    }
    return 0;
}
