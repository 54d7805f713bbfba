#include <stdio.h>
#include <stdlib.h>

static int is_pair(char open, char close) {
    return (open == '(' && close == ')') || (open == '[' && close == ']') || (open == '{' && close == '}');
}

int main(void) {
    long n;
    if (scanf("%ld", &n) != 1) return 0;
    char *text = malloc(n + 2);
    if (n == 0 || scanf("%s", text) != 1) text[0] = '\0';
    long length = 0;
    while (text[length]) length++;
    long rounds = 0;
    /* each round deletes every adjacent matching pair of the current string */
    while (length > 0) {
        long kept = 0;
        for (long i = 0; i < length; i++) {
            if (i + 1 < length && is_pair(text[i], text[i + 1])) i++;
            else text[kept++] = text[i];
        }
        if (kept == length) break;
        length = kept;
        rounds++;
    }
    printf("%ld\n", length == 0 ? rounds : -1L);
    free(text);
    return 0;
}
