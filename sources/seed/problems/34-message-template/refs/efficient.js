// Substitutes %s placeholders and %% escapes without interpreting the template as a format.
function fill(template, fields) {
  let next = 0;
  return template.replace(/%[s%]/g, (match) => (match === '%%' ? '%' : fields[next++]));
}

const lines = require('fs').readFileSync(0, 'utf8').split(/\r?\n/);
const template = lines[0];
const n = parseInt(lines[1], 10);
const out = [];
for (let i = 2; i < 2 + n; i++) out.push(fill(template, lines[i].split(/\s+/).filter(Boolean)));
console.log(out.join('\n'));
