'use strict';
const t = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = t[0];
const values = [], counts = [];
for (let i = 1; i <= n; i++) {
  const v = t[i];
  let found = -1;
  for (let j = 0; j < values.length; j++) {
    if (values[j] === v) { found = j; break; }
  }
  if (found >= 0) counts[found]++;
  else { values.push(v); counts.push(1); }
}
let best = 0;
for (let i = 1; i < values.length; i++) {
  if (counts[i] > counts[best] || (counts[i] === counts[best] && values[i] < values[best])) best = i;
}
console.log(`${values[best]} ${counts[best]}`);
