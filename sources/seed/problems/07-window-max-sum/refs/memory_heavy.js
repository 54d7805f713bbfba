const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0], k = data[1];
const values = data.slice(2, 2 + n);
const maxima = [];
const candidates = [];
let head = 0;
for (let i = 0; i < n; i++) {
  if (head < candidates.length && candidates[head] <= i - k) head++;
  while (candidates.length > head && values[candidates[candidates.length - 1]] <= values[i]) candidates.pop();
  candidates.push(i);
  if (i >= k - 1) maxima.push(values[candidates[head]]);
}
console.log(String(maxima.reduce((a, b) => a + b, 0)));
