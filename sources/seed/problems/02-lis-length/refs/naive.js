const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const a = data.slice(1, 1 + n);
const best = new Array(n).fill(1); // best[i] = longest increasing subsequence ending at i
let answer = 0;
for (let i = 0; i < n; i++) {
  for (let j = 0; j < i; j++) {
    if (a[j] < a[i] && best[j] + 1 > best[i]) best[i] = best[j] + 1;
  }
  if (best[i] > answer) answer = best[i];
}
console.log(String(answer));
