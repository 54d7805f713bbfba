const n = Number(require('fs').readFileSync(0, 'utf8').trim());
let count = 0;
for (let k = 2; k <= n; k++) {
  let divisors = 0;
  for (let d = 1; d * d <= k; d++) {
    if (k % d === 0) divisors += d * d === k ? 1 : 2;
  }
  if (divisors === 2) count++;
}
console.log(String(count));
