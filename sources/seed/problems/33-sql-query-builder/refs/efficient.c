#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const COLUMNS[] = {"id", "name", "email", "role", "city", "status"};

static int valid_column(const char *column) {
    for (size_t i = 0; i < sizeof COLUMNS / sizeof COLUMNS[0]; i++) {
        if (strcmp(column, COLUMNS[i]) == 0) return 1;
    }
    return 0;
}

/* Writes value as a SQL string literal: quoted, with embedded quotes doubled. */
static void put_literal(const char *value) {
    putchar('\'');
    for (const char *p = value; *p; p++) {
        if (*p == '\'') putchar('\'');
        putchar(*p);
    }
    putchar('\'');
}

int main(void) {
    static char columns[6][256], values[6][256];
    int n = 0;
    if (scanf("%d", &n) != 1) return 0;
    for (int i = 0; i < n; i++) {
        int k = 0, valid = 1;
        if (scanf("%d", &k) != 1) break;
        for (int j = 0; j < k; j++) {
            if (scanf("%255s %255s", columns[j], values[j]) != 2) return 1;
            valid = valid && valid_column(columns[j]);
        }
        if (!valid) {
            puts("INVALID");
            continue;
        }
        fputs("SELECT * FROM users", stdout);
        for (int j = 0; j < k; j++) {
            printf("%s%s = ", j == 0 ? " WHERE " : " AND ", columns[j]);
            put_literal(values[j]);
        }
        puts(";");
    }
    return 0;
}
