const crypto = require('crypto');

const tokens = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
const n = tokens.length ? parseInt(tokens[0], 10) : 0;
const issued = new Set();
let total = 0;
for (let i = 0; i < n; i++) {
  const token = crypto.randomBytes(parseInt(tokens[2 + 2 * i], 10)).toString('hex');
  total += token.length;
  issued.add(token);
}
console.log(`${n} ${total} ${issued.size}`);
