'use strict';

// best[c] = best value within capacity c; walk c downwards so each item is used at most once.
function bestValue(items, capacity) {
  const best = new Float64Array(capacity + 1);
  for (const [weight, value] of items) {
    for (let c = capacity; c >= weight; c--) {
      const candidate = best[c - weight] + value;
      if (candidate > best[c]) best[c] = candidate;
    }
  }
  return best[capacity];
}

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0], capacity = data[1];
const items = [];
for (let i = 0; i < n; i++) items.push([data[2 + 2 * i], data[3 + 2 * i]]);
console.log(String(bestValue(items, capacity)));
