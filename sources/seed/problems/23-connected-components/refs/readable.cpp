// Readable reference: a small union-find type with named operations (same algorithm as efficient).
#include <cstdio>
#include <numeric>
#include <utility>
#include <vector>

// Union-find with path halving and union by size.
class DisjointSets {
public:
    explicit DisjointSets(int n) : parent_(n), size_(n, 1), count_(n) { std::iota(parent_.begin(), parent_.end(), 0); }

    int find(int v) {
        while (parent_[v] != v) {
            parent_[v] = parent_[parent_[v]];  // path halving
            v = parent_[v];
        }
        return v;
    }

    void unite(int a, int b) {
        a = find(a);
        b = find(b);
        if (a == b) return;
        if (size_[a] < size_[b]) std::swap(a, b);
        parent_[b] = a;  // hang the smaller tree under the larger one
        size_[a] += size_[b];
        count_--;
    }

    int count() const { return count_; }

private:
    std::vector<int> parent_, size_;
    int count_;
};

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    DisjointSets sets(n + 1);
    for (int i = 0; i < m; i++) {
        int u, v;
        if (scanf("%d %d", &u, &v) != 2) break;
        sets.unite(u, v);
    }
    printf("%d\n", sets.count() - 1);  // vertex 0 is unused
    return 0;
}
