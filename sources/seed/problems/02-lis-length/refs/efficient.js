const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const tails = []; // tails[k] = smallest tail of an increasing subsequence of length k + 1
for (let i = 1; i <= n; i++) {
  const x = data[i];
  let lo = 0, hi = tails.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tails[mid] < x) lo = mid + 1; else hi = mid;
  }
  tails[lo] = x;
}
console.log(String(tails.length));
