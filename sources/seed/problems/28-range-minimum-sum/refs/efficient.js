'use strict';

// table[k][i] = min(values[i .. i + 2^k - 1])
function buildSparseTable(values) {
  const table = [Float64Array.from(values)];
  for (let width = 1; 2 * width <= values.length; width *= 2) {
    const previous = table[table.length - 1];
    const next = new Float64Array(values.length - 2 * width + 1);
    for (let i = 0; i < next.length; i++) next[i] = Math.min(previous[i], previous[i + width]);
    table.push(next);
  }
  return table;
}

// Minimum of values[left..right] (0-based, inclusive) from two overlapping power-of-two windows.
function rangeMin(table, left, right) {
  const k = 31 - Math.clz32(right - left + 1);
  return Math.min(table[k][left], table[k][right - (1 << k) + 1]);
}

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0], q = data[1];
const table = buildSparseTable(data.slice(2, 2 + n));
let total = 0;
for (let i = 0, pos = 2 + n; i < q; i++, pos += 2) total += rangeMin(table, data[pos] - 1, data[pos + 1] - 1);
console.log(String(total));
