'use strict';
const t = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const values = t.slice(1, 1 + t[0]).sort((a, b) => a - b);
let bestValue = values[0], bestCount = 0, run = 0;
for (let i = 0; i < values.length; i++) {
  run = i > 0 && values[i] === values[i - 1] ? run + 1 : 1;
  if (run > bestCount) { bestValue = values[i]; bestCount = run; }
}
console.log(`${bestValue} ${bestCount}`);
