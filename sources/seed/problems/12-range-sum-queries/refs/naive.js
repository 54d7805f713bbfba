const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0], q = data[1];
const a = data.slice(2, 2 + n);
let total = 0, best = -Infinity;
for (let i = 0; i < q; i++) {
  const left = data[2 + n + 2 * i], right = data[3 + n + 2 * i];
  let answer = 0;
  for (let j = left - 1; j < right; j++) answer += a[j];
  total += answer;
  if (answer > best) best = answer;
}
console.log(`${total} ${best}`);
