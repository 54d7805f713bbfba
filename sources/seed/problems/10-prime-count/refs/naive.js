const n = Number(require('fs').readFileSync(0, 'utf8').trim());
let count = 0;
for (let k = 2; k <= n; k++) {
  let prime = true;
  for (let d = 2; d * d <= k; d++) {
    if (k % d === 0) {
      prime = false;
      break;
    }
  }
  if (prime) count++;
}
console.log(String(count));
