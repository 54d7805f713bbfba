const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0], k = data[1];
const values = data.slice(2, 2 + n);
const counts = new Map();
const distinct = [];
for (let i = 0; i < n; i++) {
  if (i >= k) {
    const left = counts.get(values[i - k]) - 1;
    if (left === 0) counts.delete(values[i - k]); else counts.set(values[i - k], left);
  }
  counts.set(values[i], (counts.get(values[i]) || 0) + 1);
  if (i >= k - 1) distinct.push(counts.size);
}
console.log(String(distinct.reduce((a, b) => a + b, 0)));
