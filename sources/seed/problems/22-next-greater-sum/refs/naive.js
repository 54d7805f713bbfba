'use strict';
const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const a = data.slice(1, 1 + n);
let total = 0;
for (let i = 0; i < n; i++) {
  let found = -1;
  for (let j = i + 1; j < n; j++) {
    if (a[j] > a[i]) { found = a[j]; break; }
  }
  total += found;
}
console.log(String(total));
