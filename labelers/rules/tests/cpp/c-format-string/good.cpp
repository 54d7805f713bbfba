#include <stdio.h>
int main(void) {
    char line[128];
    if (fgets(line, sizeof line, stdin)) printf("%s", line);
    return 0;
}
