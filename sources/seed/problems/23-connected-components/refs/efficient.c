#include <stdio.h>
#include <stdlib.h>

/* Union-find with path halving and union by size. */
typedef struct {
    int *parent;
    int *size;
    int count;
} DisjointSets;

static int find(DisjointSets *sets, int v) {
    while (sets->parent[v] != v) {
        sets->parent[v] = sets->parent[sets->parent[v]]; /* path halving */
        v = sets->parent[v];
    }
    return v;
}

static void unite(DisjointSets *sets, int a, int b) {
    a = find(sets, a);
    b = find(sets, b);
    if (a == b) return;
    if (sets->size[a] < sets->size[b]) {
        int swap = a;
        a = b;
        b = swap;
    }
    sets->parent[b] = a; /* hang the smaller tree under the larger one */
    sets->size[a] += sets->size[b];
    sets->count--;
}

int main(void) {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    DisjointSets sets = {malloc(sizeof(int) * (n + 1)), malloc(sizeof(int) * (n + 1)), n + 1};
    for (int i = 0; i <= n; i++) {
        sets.parent[i] = i;
        sets.size[i] = 1;
    }
    for (int i = 0; i < m; i++) {
        int u, v;
        if (scanf("%d %d", &u, &v) != 2) break;
        unite(&sets, u, v);
    }
    printf("%d\n", sets.count - 1); /* vertex 0 is unused */
    free(sets.parent);
    free(sets.size);
    return 0;
}
