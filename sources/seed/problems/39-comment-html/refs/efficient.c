#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Writes value with the five HTML-significant characters replaced by character references. */
static void put_escaped(const char *value, size_t length) {
    for (size_t i = 0; i < length; i++) {
        switch (value[i]) {
            case '&': fputs("&amp;", stdout); break;
            case '<': fputs("&lt;", stdout); break;
            case '>': fputs("&gt;", stdout); break;
            case '"': fputs("&quot;", stdout); break;
            case '\'': fputs("&#39;", stdout); break;
            default: putchar(value[i]);
        }
    }
}

int main(void) {
    static char line[1 << 16];
    int n = 0;
    if (fgets(line, sizeof line, stdin)) n = atoi(line);
    puts("<ul>");
    for (int i = 0; i < n && fgets(line, sizeof line, stdin); i++) {
        line[strcspn(line, "\r\n")] = '\0';
        char *space = strchr(line, ' ');
        size_t author_length = space ? (size_t)(space - line) : strlen(line);
        const char *text = space ? space + 1 : "";
        fputs("<li><b>", stdout);
        put_escaped(line, author_length);
        fputs("</b>: ", stdout);
        put_escaped(text, strlen(text));
        puts("</li>");
    }
    puts("</ul>");
    return 0;
}
