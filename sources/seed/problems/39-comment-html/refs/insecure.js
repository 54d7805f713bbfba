const lines = require('fs').readFileSync(0, 'utf8').split(/\r?\n/);
const n = lines[0] ? parseInt(lines[0], 10) : 0;
const out = ['<ul>'];
for (let i = 1; i <= n; i++) {
  const space = lines[i].indexOf(' ');
  const author = space < 0 ? lines[i] : lines[i].slice(0, space);
  const text = space < 0 ? '' : lines[i].slice(space + 1);
  out.push(`<li><b>${author}</b>: ${text}</li>`);
}
out.push('</ul>');
console.log(out.join('\n'));
