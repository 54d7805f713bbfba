const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0).map(Number);
const n = data[0];
const limit = data[1];
const values = data.slice(2, 2 + n);
let pairs = 0;
for (let i = 0; i < n; i++) {
  for (let j = i + 1; j < n; j++) {
    if (values[i] + values[j] <= limit) pairs++;
  }
}
console.log(String(pairs));
