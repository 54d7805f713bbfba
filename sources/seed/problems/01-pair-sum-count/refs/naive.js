const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0], t = data[1];
const a = data.slice(2, 2 + n);
let pairs = 0;
for (let i = 0; i < n; i++) {
  for (let j = i + 1; j < n; j++) {
    if (a[i] + a[j] === t) pairs++;
  }
}
console.log(String(pairs));
