'use strict';
const [a, b] = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
const n = a.length, m = b.length;
const table = [];
for (let i = 0; i <= n; i++) table.push(new Array(m + 1).fill(0));
for (let i = 1; i <= n; i++) {
  for (let j = 1; j <= m; j++) {
    table[i][j] = a[i - 1] === b[j - 1] ? table[i - 1][j - 1] + 1 : Math.max(table[i - 1][j], table[i][j - 1]);
  }
}
console.log(String(table[n][m]));
