const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0).map(Number);
const n = data[0];
const k = data[1];
const counts = new Map();
for (let i = 2; i < 2 + n; i++) counts.set(data[i], (counts.get(data[i]) || 0) + 1);
let pairs = 0;
for (const [value, c] of counts) {
  if (k === 0) pairs += (c * (c - 1)) / 2;
  // each pair is counted once, from its smaller value
  else pairs += c * (counts.get(value + k) || 0);
}
console.log(String(pairs));
