const { execSync } = require('child_process');

const CHUNK = 200;
const tokens = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
const n = tokens.length ? parseInt(tokens[0], 10) : 0;
const names = tokens.slice(1, 1 + n);
const out = [];
for (let start = 0; start < names.length; start += CHUNK) {
  const command = names.slice(start, start + CHUNK).map((name) => 'echo Hello, ' + name + '!').join('; ');
  out.push(execSync(command).toString());
}
process.stdout.write(out.join(''));
