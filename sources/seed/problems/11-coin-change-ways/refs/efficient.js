const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const MOD = 1000000007;
const n = data[0], amount = data[1];
const ways = new Array(amount + 1).fill(0); // ways[s]: ways to pay s with the denominations seen so far
ways[0] = 1;
for (let i = 0; i < n; i++) {
  const coin = data[2 + i];
  for (let s = coin; s <= amount; s++) ways[s] = (ways[s] + ways[s - coin]) % MOD;
}
console.log(String(ways[amount]));
