#include <stdio.h>
int main(void) {
    char line[128];
    if (fgets(line, sizeof line, stdin)) printf("%s", line);
    return 0;
}

#define CLOCK_FORMAT "%02d:%02d"

/* a macro format is fixed at compile time */
void clock_text(char *text, size_t size, int hour, int minute) {
    snprintf(text, size, CLOCK_FORMAT, hour, minute);
}
