'use strict';
const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0], q = data[1];
const a = data.slice(2, 2 + n);
let total = 0;
for (let i = 0, pos = 2 + n; i < q; i++, pos += 2) {
  let m = Infinity;
  for (let j = data[pos] - 1; j < data[pos + 1]; j++) if (a[j] < m) m = a[j]; // scan the whole range
  total += m;
}
console.log(String(total));
