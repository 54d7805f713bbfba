'use strict';
const t = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = t[0], k = t[1];
const a = t.slice(2, 2 + n);
let count = 0;
for (let i = 0; i < n; i++) {
  let s = 0;
  for (let j = i; j < n; j++) {
    s += a[j];
    if (s === k) count++;
  }
}
console.log(String(count));
