const crypto = require('crypto');

const tokens = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
const m = parseInt(tokens[0], 10);
const secrets = new Map();
for (let i = 0; i < m; i++) secrets.set(tokens[1 + 2 * i], Buffer.from(tokens[2 + 2 * i]));
const n = parseInt(tokens[1 + 2 * m], 10);
const start = 2 + 2 * m;
let accepted = 0;
for (let i = 0; i < n; i++) {
  const secret = secrets.get(tokens[start + 2 * i]);
  const presented = Buffer.from(tokens[start + 2 * i + 1]);
  // timingSafeEqual needs equal lengths; only the length (not the content) is revealed by the early check.
  if (secret && secret.length === presented.length && crypto.timingSafeEqual(secret, presented)) accepted++;
}
console.log(`${accepted} ${n - accepted}`);
