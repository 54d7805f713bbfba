const lines = require('fs').readFileSync(0, 'utf8').split(/\r?\n/);
const n = lines[0] ? parseInt(lines[0], 10) : 0;
const out = [];
for (let i = 1; i <= n; i++) {
  const tokens = lines[i].split(/\s+/).filter(Boolean);
  const k = parseInt(tokens[0], 10);
  if (k === 0) {
    out.push('SELECT * FROM users;');
    continue;
  }
  const conditions = [];
  for (let j = 0; j < k; j++) conditions.push(`${tokens[1 + 2 * j]} = '${tokens[2 + 2 * j]}'`);
  out.push(`SELECT * FROM users WHERE ${conditions.join(' AND ')};`);
}
console.log(out.join('\n'));
