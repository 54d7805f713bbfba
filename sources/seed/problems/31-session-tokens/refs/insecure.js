const tokens = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
const n = tokens.length ? parseInt(tokens[0], 10) : 0;
const issued = new Set();
let total = 0;
for (let i = 0; i < n; i++) {
  const size = parseInt(tokens[2 + 2 * i], 10);
  let token = '';
  for (let j = 0; j < size; j++) {
    token += Math.floor(Math.random() * 256).toString(16).padStart(2, '0');
  }
  total += token.length;
  issued.add(token);
}
console.log(`${n} ${total} ${issued.size}`);
