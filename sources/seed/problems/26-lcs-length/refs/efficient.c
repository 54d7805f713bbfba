#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char a[3005], b[3005];

/* Row-by-row dynamic programming: row[j] = LCS of the current prefix of a and b[0..j). */
static int lcs_length(const char *a, const char *b) {
    size_t n = strlen(a), m = strlen(b);
    int *previous = calloc(m + 1, sizeof(int)), *current = calloc(m + 1, sizeof(int));
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 1; j <= m; j++) {
            if (a[i] == b[j - 1]) current[j] = previous[j - 1] + 1;
            else current[j] = current[j - 1] > previous[j] ? current[j - 1] : previous[j];
        }
        int *swap = previous; /* only the previous row is ever needed */
        previous = current;
        current = swap;
    }
    int result = previous[m];
    free(previous);
    free(current);
    return result;
}

int main(void) {
    if (scanf("%3000s %3000s", a, b) != 2) return 0;
    printf("%d\n", lcs_length(a, b));
    return 0;
}
