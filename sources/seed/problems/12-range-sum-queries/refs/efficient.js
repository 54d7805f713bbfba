const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0], q = data[1];
const prefix = new Float64Array(n + 1);
for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i] + data[2 + i];
let total = 0, best = -Infinity;
for (let i = 0; i < q; i++) {
  const left = data[2 + n + 2 * i], right = data[3 + n + 2 * i];
  const answer = prefix[right] - prefix[left - 1];
  total += answer;
  if (answer > best) best = answer;
}
console.log(`${total} ${best}`);
