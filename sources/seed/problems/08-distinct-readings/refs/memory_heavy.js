const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const readings = data.slice(1, 1 + data[0]).sort((a, b) => a - b);
let distinct = 1;
for (let i = 1; i < readings.length; i++) if (readings[i] !== readings[i - 1]) distinct++;
console.log(String(distinct));
