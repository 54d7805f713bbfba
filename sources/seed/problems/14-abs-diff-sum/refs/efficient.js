const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0).map(Number);
const n = data[0];
const values = Float64Array.from(data.slice(1, 1 + n)).sort();
let total = 0;
let prefix = 0;
for (let position = 0; position < n; position++) {
  // value is at least every earlier (smaller) value in sorted order
  total += values[position] * position - prefix;
  prefix += values[position];
}
console.log(String(total));
