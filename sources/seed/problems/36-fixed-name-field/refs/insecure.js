const FIELD_SIZE = 16;

const tokens = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
const n = tokens.length ? parseInt(tokens[0], 10) : 0;
const out = [];
for (const name of tokens.slice(1, 1 + n)) {
  const field = Buffer.allocUnsafe(FIELD_SIZE);
  field.write(name, 'latin1');
  out.push(field.toString('latin1', 0, name.length));
}
console.log(out.join('\n'));
