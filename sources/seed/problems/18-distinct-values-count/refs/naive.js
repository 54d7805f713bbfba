'use strict';
const t = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = t.length ? t[0] : 0;
const distinct = [];
for (let i = 1; i <= n; i++) {
  const v = t[i];
  let found = false;
  for (let j = 0; j < distinct.length; j++) {
    if (distinct[j] === v) { found = true; break; }
  }
  if (!found) distinct.push(v);
}
console.log(String(distinct.length));
