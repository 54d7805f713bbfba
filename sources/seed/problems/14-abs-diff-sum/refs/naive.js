const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0).map(Number);
const n = data[0];
const values = data.slice(1, 1 + n);
let total = 0;
for (let i = 0; i < n; i++) {
  for (let j = i + 1; j < n; j++) {
    total += Math.abs(values[i] - values[j]);
  }
}
console.log(String(total));
