/* Maximum nesting depth of a bracket string, or -1 when it is not balanced. */
#include <stdio.h>
#include <stdlib.h>

#define UNBALANCED (-1L)

static int is_closer(char bracket) {
    return bracket == ')' || bracket == ']' || bracket == '}';
}

static char opener_of(char closer) {
    return closer == ')' ? '(' : closer == ']' ? '[' : '{';
}

/* Keep the open brackets on a stack; a closer must match the most recent opener. */
static long nesting_depth(const char *brackets, long length) {
    char *open_brackets = malloc(length + 1);
    long open_count = 0, deepest = 0, result = 0;
    for (long i = 0; i < length; i++) {
        if (is_closer(brackets[i])) {
            if (open_count == 0 || open_brackets[--open_count] != opener_of(brackets[i])) {
                result = UNBALANCED;
                break;
            }
        } else {
            open_brackets[open_count++] = brackets[i];
            if (open_count > deepest) deepest = open_count;
        }
    }
    if (result != UNBALANCED) result = open_count == 0 ? deepest : UNBALANCED;
    free(open_brackets);
    return result;
}

int main(void) {
    long length;
    if (scanf("%ld", &length) != 1) return 0;
    char *brackets = malloc(length + 2);
    if (length == 0 || scanf("%s", brackets) != 1) brackets[0] = '\0';
    long actual = 0;
    while (brackets[actual]) actual++;
    printf("%ld\n", nesting_depth(brackets, actual));
    free(brackets);
    return 0;
}
