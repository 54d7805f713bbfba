const COLUMNS = new Set(['id', 'name', 'email', 'role', 'city', 'status']);

// A SQL string literal: quoted, with embedded quotes doubled.
const quoteLiteral = (value) => "'" + value.split("'").join("''") + "'";

// Appends only allow-listed column names and escaped literals to the fixed statement text.
function buildQuery(pairs) {
  if (pairs.some(([column]) => !COLUMNS.has(column))) return 'INVALID';
  const parts = ['SELECT * FROM users'];
  pairs.forEach(([column, value], index) => parts.push(index === 0 ? ' WHERE ' : ' AND ', column, ' = ', quoteLiteral(value)));
  parts.push(';');
  return parts.join('');
}

const lines = require('fs').readFileSync(0, 'utf8').split(/\r?\n/);
const n = lines[0] ? parseInt(lines[0], 10) : 0;
const out = [];
for (let i = 1; i <= n; i++) {
  const tokens = lines[i].split(/\s+/).filter(Boolean);
  const k = parseInt(tokens[0], 10);
  const pairs = [];
  for (let j = 0; j < k; j++) pairs.push([tokens[1 + 2 * j], tokens[2 + 2 * j]]);
  out.push(buildQuery(pairs));
}
console.log(out.join('\n'));
