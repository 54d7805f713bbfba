const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0], k = data[1];
const values = data.slice(2, 2 + n);
let total = 0;
for (let i = 0; i + k <= n; i++) total += new Set(values.slice(i, i + k)).size;
console.log(String(total));
