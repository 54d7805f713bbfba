#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_FIELDS 4

/* Substitutes %s placeholders and %% escapes without interpreting the message_format as a format. */
static void fill(const char *message_format, char fields[MAX_FIELDS][64]) {
    int next_field = 0;
    for (const char *p = message_format; *p; p++) {
        if (p[0] == '%' && p[1] == 's') {
            fputs(fields[next_field++], stdout);
            p++;
        } else if (p[0] == '%' && p[1] == '%') {
            putchar('%');
            p++;
        } else {
            putchar(*p);
        }
    }
    putchar('\n');
}

int main(void) {
    static char message_format[4096], line[4096];
    char fields[MAX_FIELDS][64];
    if (!fgets(message_format, sizeof message_format, stdin)) return 0;
    message_format[strcspn(message_format, "\r\n")] = '\0';
    if (!fgets(line, sizeof line, stdin)) return 0;
    int n = atoi(line);
    for (int i = 0; i < n && fgets(line, sizeof line, stdin); i++) {
        int count = 0;
        for (char *token = strtok(line, " \r\n"); token && count < MAX_FIELDS; token = strtok(NULL, " \r\n")) {
            snprintf(fields[count++], sizeof fields[0], "%s", token);
        }
        while (count < MAX_FIELDS) fields[count++][0] = '\0';
        fill(message_format, fields);
    }
    return 0;
}
