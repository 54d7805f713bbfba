const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0], k = data[1];
const values = Float64Array.from(data.slice(2, 2 + n)).sort();
console.log(String(values[k - 1]));
