// Readable reference: a small union-find type with named operations (same algorithm as efficient).
'use strict';

// Union-find with path halving and union by size.
class DisjointSets {
  constructor(size) {
    this.parent = Int32Array.from({ length: size }, (_, i) => i);
    this.size = new Int32Array(size).fill(1);
    this.count = size;
  }

  find(v) {
    while (this.parent[v] !== v) {
      this.parent[v] = this.parent[this.parent[v]]; // path halving
      v = this.parent[v];
    }
    return v;
  }

  union(a, b) {
    a = this.find(a);
    b = this.find(b);
    if (a === b) return;
    if (this.size[a] < this.size[b]) [a, b] = [b, a];
    this.parent[b] = a; // hang the smaller tree under the larger one
    this.size[a] += this.size[b];
    this.count--;
  }
}

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0], m = data[1];
const sets = new DisjointSets(n + 1);
for (let i = 0; i < m; i++) sets.union(data[2 + 2 * i], data[3 + 2 * i]);
console.log(String(sets.count - 1)); // vertex 0 is unused
