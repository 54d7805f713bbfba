const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const MAX_VALUE = 1000000;
const n = data[0];
const tree = new Int32Array(MAX_VALUE + 1); // Fenwick tree: how many values seen so far are <= v
let inversions = 0;
for (let seen = 0; seen < n; seen++) {
  const v = data[1 + seen];
  let notGreater = 0;
  for (let i = v; i > 0; i -= i & -i) notGreater += tree[i];
  inversions += seen - notGreater;
  for (let i = v; i <= MAX_VALUE; i += i & -i) tree[i]++;
}
console.log(String(inversions));
