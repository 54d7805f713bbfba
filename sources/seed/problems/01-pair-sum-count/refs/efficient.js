const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0], t = data[1];
const seen = new Map();
let pairs = 0;
for (let i = 0; i < n; i++) {
  const x = data[2 + i];
  pairs += seen.get(t - x) || 0;
  seen.set(x, (seen.get(x) || 0) + 1);
}
console.log(String(pairs));
