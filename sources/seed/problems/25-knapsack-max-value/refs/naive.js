'use strict';
const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0], capacity = data[1];
const weights = [], values = [];
for (let i = 0; i < n; i++) { weights.push(data[2 + 2 * i]); values.push(data[3 + 2 * i]); }

// try both leaving item i out and putting it in
function best(i, room) {
  if (i === n) return 0;
  let result = best(i + 1, room);
  if (weights[i] <= room) result = Math.max(result, values[i] + best(i + 1, room - weights[i]));
  return result;
}

console.log(String(best(0, capacity)));
