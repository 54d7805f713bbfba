const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0], k = data[1];
const readings = data.slice(2, 2 + n);
const prefix = [0];
for (const value of readings) prefix.push(prefix[prefix.length - 1] + value);
const sums = [];
for (let i = 0; i + k <= n; i++) sums.push(prefix[i + k] - prefix[i]);
console.log(String(sums.reduce((a, b) => (a > b ? a : b))));
