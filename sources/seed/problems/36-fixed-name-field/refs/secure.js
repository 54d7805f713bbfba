const FIELD_SIZE = 16;

const tokens = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
const n = tokens.length ? parseInt(tokens[0], 10) : 0;
const out = [];
for (const name of tokens.slice(1, 1 + n)) {
  // Buffer.alloc zero-fills; write() reports how many bytes fit before the terminator byte.
  const field = Buffer.alloc(FIELD_SIZE);
  const written = field.write(name, 0, FIELD_SIZE - 1, 'latin1');
  out.push(field.toString('latin1', 0, written));
}
console.log(out.join('\n'));
