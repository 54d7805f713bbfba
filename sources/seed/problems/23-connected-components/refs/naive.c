#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    int *us = malloc(sizeof(int) * (m + 1)), *vs = malloc(sizeof(int) * (m + 1));
    for (int i = 0; i < m; i++) scanf("%d %d", &us[i], &vs[i]);
    int *label = malloc(sizeof(int) * (n + 1));
    for (int v = 0; v <= n; v++) label[v] = v;
    int changed = 1;
    while (changed) { /* push the smallest label across every edge until nothing changes */
        changed = 0;
        for (int i = 0; i < m; i++) {
            int u = us[i], v = vs[i];
            if (label[u] < label[v]) {
                label[v] = label[u];
                changed = 1;
            } else if (label[v] < label[u]) {
                label[u] = label[v];
                changed = 1;
            }
        }
    }
    int count = 0;
    for (int v = 1; v <= n; v++)
        if (label[v] == v) count++;
    printf("%d\n", count);
    free(us);
    free(vs);
    free(label);
    return 0;
}
