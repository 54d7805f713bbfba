#include <stdio.h>
#include <string.h>
int main(void) {
    char name[16], line[256];
    if (!fgets(line, sizeof line, stdin)) return 1;
    snprintf(name, sizeof name, "%s", line);
    printf("%s\n", name);
    return 0;
}
