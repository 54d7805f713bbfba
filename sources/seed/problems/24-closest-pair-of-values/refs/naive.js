'use strict';
const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const a = data.slice(1, 1 + n);
let best = Math.abs(a[0] - a[1]);
for (let i = 0; i < n; i++) {
  for (let j = i + 1; j < n; j++) {
    const d = Math.abs(a[i] - a[j]);
    if (d < best) best = d;
  }
}
console.log(String(best));
