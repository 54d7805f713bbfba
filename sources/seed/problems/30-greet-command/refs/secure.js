const tokens = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
const n = tokens.length ? parseInt(tokens[0], 10) : 0;
const out = [];
for (const name of tokens.slice(1, 1 + n)) out.push(`Hello, ${name}!\n`);
process.stdout.write(out.join(''));
