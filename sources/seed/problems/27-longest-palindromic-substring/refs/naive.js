'use strict';
const s = require('fs').readFileSync(0, 'utf8').trim();
const n = s.length;
let best = 0;
for (let c = 0; c < n; c++) {
  for (const [l0, r0] of [[c, c], [c, c + 1]]) {
    let left = l0, right = r0;
    while (left >= 0 && right < n && s[left] === s[right]) { left--; right++; }
    best = Math.max(best, right - left - 1);
  }
}
console.log(String(best));
