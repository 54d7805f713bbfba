const n = Number(require('fs').readFileSync(0, 'utf8').trim());
let count = 0;
if (n >= 2) {
  const composite = new Uint8Array(n + 1);
  for (let p = 2; p * p <= n; p++) {
    if (!composite[p]) for (let m = p * p; m <= n; m += p) composite[m] = 1;
  }
  for (let k = 2; k <= n; k++) if (!composite[k]) count++;
}
console.log(String(count));
