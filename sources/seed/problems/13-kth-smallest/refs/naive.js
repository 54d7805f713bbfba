const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0], k = data[1];
const values = data.slice(2, 2 + n);
for (let round = 1; round < k; round++) {
  let smallest = 0;
  for (let i = 1; i < values.length; i++) if (values[i] < values[smallest]) smallest = i;
  values.splice(smallest, 1);
}
console.log(String(Math.min(...values)));
