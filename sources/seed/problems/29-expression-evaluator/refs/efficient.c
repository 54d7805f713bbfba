#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Recursive-descent evaluator for + - * ( ) and unary minus over 64-bit integers. */
static const char *cursor;

static char peek(void) {
    while (*cursor == ' ' || *cursor == '\t' || *cursor == '\r') cursor++;
    return *cursor;
}

static long long expression(void);

static long long factor(void) {
    char c = peek();
    if (c == '-') {
        cursor++;
        return -factor();
    }
    if (c == '(') {
        cursor++;
        long long value = expression();
        if (peek() == ')') cursor++;
        return value;
    }
    long long value = 0;
    while (*cursor >= '0' && *cursor <= '9') value = value * 10 + (*cursor++ - '0');
    return value;
}

static long long term(void) {
    long long value = factor();
    while (peek() == '*') {
        cursor++;
        value *= factor();
    }
    return value;
}

static long long expression(void) {
    long long value = term();
    for (char op = peek(); op == '+' || op == '-'; op = peek()) {
        cursor++;
        long long right = term();
        value = op == '+' ? value + right : value - right;
    }
    return value;
}

int main(void) {
    static char line[1 << 16];
    int n = 0;
    if (!fgets(line, sizeof line, stdin)) return 0;
    n = atoi(line);
    for (int i = 0; i < n && fgets(line, sizeof line, stdin); i++) {
        line[strcspn(line, "\r\n")] = '\0';
        cursor = line;
        printf("%lld\n", expression());
    }
    return 0;
}
