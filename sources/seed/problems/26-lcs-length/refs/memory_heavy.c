#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char a[3005], b[3005];

int main(void) {
    if (scanf("%3000s %3000s", a, b) != 2) return 0;
    size_t n = strlen(a), m = strlen(b);
    int **table = malloc((n + 1) * sizeof *table);
    for (size_t i = 0; i <= n; i++) table[i] = calloc(m + 1, sizeof(int));
    for (size_t i = 1; i <= n; i++)
        for (size_t j = 1; j <= m; j++)
            table[i][j] = a[i - 1] == b[j - 1] ? table[i - 1][j - 1] + 1
                          : (table[i - 1][j] > table[i][j - 1] ? table[i - 1][j] : table[i][j - 1]);
    printf("%d\n", table[n][m]);
    for (size_t i = 0; i <= n; i++) free(table[i]);
    free(table);
    return 0;
}
