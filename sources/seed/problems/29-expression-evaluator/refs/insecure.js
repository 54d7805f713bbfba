const lines = require('fs').readFileSync(0, 'utf8').split(/\r?\n/);
const n = lines[0] ? parseInt(lines[0], 10) : 0;
const out = [];
for (let i = 1; i <= n; i++) out.push(String(eval(lines[i])));
console.log(out.join('\n'));
