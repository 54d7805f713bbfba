'use strict';
const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0], m = data[1];
const label = [];
for (let v = 0; v <= n; v++) label.push(v);
let changed = true;
while (changed) { // push the smallest label across every edge until nothing changes
  changed = false;
  for (let i = 0; i < m; i++) {
    const u = data[2 + 2 * i], v = data[3 + 2 * i];
    if (label[u] < label[v]) { label[v] = label[u]; changed = true; }
    else if (label[v] < label[u]) { label[u] = label[v]; changed = true; }
  }
}
let count = 0;
for (let v = 1; v <= n; v++) if (label[v] === v) count++;
console.log(String(count));
