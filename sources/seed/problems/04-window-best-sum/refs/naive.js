const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0], k = data[1];
const a = data.slice(2, 2 + n);
let best = -Infinity;
for (let i = 0; i + k <= n; i++) {
  let sum = 0;
  for (let j = i; j < i + k; j++) sum += a[j];
  if (sum > best) best = sum;
}
console.log(String(best));
