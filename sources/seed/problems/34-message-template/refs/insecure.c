#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_FIELDS 4

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
        printf(message_format, fields[0], fields[1], fields[2], fields[3]);
        putchar('\n');
    }
    return 0;
}
