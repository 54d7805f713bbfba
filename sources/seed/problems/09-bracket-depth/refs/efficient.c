#include <stdio.h>
#include <stdlib.h>

static char opener_of(char closer) {
    return closer == ')' ? '(' : closer == ']' ? '[' : '{';
}

int main(void) {
    long n;
    if (scanf("%ld", &n) != 1) return 0;
    char *text = malloc(n + 2);
    if (n == 0 || scanf("%s", text) != 1) text[0] = '\0';
    char *stack = malloc(n + 1);
    long size = 0, depth = 0;
    int broken = 0;
    for (long i = 0; text[i] && !broken; i++) {
        char ch = text[i];
        if (ch == ')' || ch == ']' || ch == '}') {
            if (size == 0 || stack[--size] != opener_of(ch)) broken = 1;
        } else {
            stack[size++] = ch;
            if (size > depth) depth = size;
        }
    }
    printf("%ld\n", broken || size > 0 ? -1L : depth);
    free(stack);
    free(text);
    return 0;
}
