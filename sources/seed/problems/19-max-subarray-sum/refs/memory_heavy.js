'use strict';
const t = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = t[0];
const values = t.slice(1, 1 + n);
const prefix = [0];
for (const v of values) prefix.push(prefix[prefix.length - 1] + v);
let best = values[0], lowest = prefix[0];
for (let j = 1; j <= n; j++) {
  best = Math.max(best, prefix[j] - lowest);
  lowest = Math.min(lowest, prefix[j]);
}
console.log(String(best));
