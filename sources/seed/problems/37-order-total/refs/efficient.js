const INT64_MAX = 2n ** 63n - 1n;

const tokens = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
const n = tokens.length ? parseInt(tokens[0], 10) : 0;
// BigInt arithmetic is exact, so the bound is checked once on the exact sum.
let total = 0n;
for (let i = 0; i < n; i++) total += BigInt(tokens[1 + 2 * i]) * BigInt(tokens[2 + 2 * i]);
console.log(total > INT64_MAX ? 'OVERFLOW' : total.toString());
