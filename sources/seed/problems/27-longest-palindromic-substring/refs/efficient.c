#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char s[200005];

/* Manacher's algorithm on s with '#' between letters, so odd and even palindromes look alike.
   radius[i] is how far the palindrome centred at i reaches; it equals the palindrome's length in s. */
static int longest_palindrome_length(const char *s) {
    int n = (int)strlen(s), m = 2 * n + 1, center = 0, right = 0, best = 0;
    char *t = malloc(m);
    int *radius = calloc(m, sizeof(int));
    for (int i = 0; i < m; i++) t[i] = i % 2 == 1 ? s[i / 2] : '#';
    for (int i = 0; i < m; i++) {
        int r = 0;
        if (i < right) { /* reuse the mirror's radius */
            r = radius[2 * center - i];
            if (right - i < r) r = right - i;
        }
        while (i - r - 1 >= 0 && i + r + 1 < m && t[i - r - 1] == t[i + r + 1]) r++;
        radius[i] = r;
        if (i + r > right) {
            center = i;
            right = i + r;
        }
        if (r > best) best = r;
    }
    free(t);
    free(radius);
    return best;
}

int main(void) {
    if (scanf("%200000s", s) != 1) return 0;
    printf("%d\n", longest_palindrome_length(s));
    return 0;
}
