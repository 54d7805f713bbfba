#include <cstdio>
#include <vector>

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    std::vector<int> us(m), vs(m), label(n + 1);
    for (int i = 0; i < m; i++) scanf("%d %d", &us[i], &vs[i]);
    for (int v = 0; v <= n; v++) label[v] = v;
    bool changed = true;
    while (changed) {  // push the smallest label across every edge until nothing changes
        changed = false;
        for (int i = 0; i < m; i++) {
            int u = us[i], v = vs[i];
            if (label[u] < label[v]) {
                label[v] = label[u];
                changed = true;
            } else if (label[v] < label[u]) {
                label[u] = label[v];
                changed = true;
            }
        }
    }
    int count = 0;
    for (int v = 1; v <= n; v++)
        if (label[v] == v) count++;
    printf("%d\n", count);
    return 0;
}
