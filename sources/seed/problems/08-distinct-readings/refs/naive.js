const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const distinct = [];
for (const value of data.slice(1, 1 + data[0])) {
  if (!distinct.includes(value)) distinct.push(value);
}
console.log(String(distinct.length));
