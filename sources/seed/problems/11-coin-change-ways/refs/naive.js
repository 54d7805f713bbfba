const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const MOD = 1000000007;
const n = data[0], amount = data[1];
let ways = new Array(amount + 1).fill(0);
ways[0] = 1;
for (let i = 0; i < n; i++) {
  const coin = data[2 + i];
  const next = new Array(amount + 1).fill(0);
  // use the coin k times for every possible k
  for (let s = 0; s <= amount; s++) {
    let total = 0;
    for (let rest = s; rest >= 0; rest -= coin) total = (total + ways[rest]) % MOD;
    next[s] = total;
  }
  ways = next;
}
console.log(String(ways[amount]));
