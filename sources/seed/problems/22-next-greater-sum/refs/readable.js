// Readable reference: the monotonic stack with named steps and comments (same algorithm as efficient).
'use strict';

// Scan from the right keeping a stack of candidates that are strictly decreasing from bottom to top.
function nextGreaterSum(values) {
  const candidates = [];
  let total = 0;
  for (let i = values.length - 1; i >= 0; i--) {
    const value = values[i];
    while (candidates.length && candidates[candidates.length - 1] <= value) candidates.pop(); // hidden behind value
    total += candidates.length ? candidates[candidates.length - 1] : -1;
    candidates.push(value);
  }
  return total;
}

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
console.log(String(nextGreaterSum(data.slice(1, 1 + data[0]))));
