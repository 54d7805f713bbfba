'use strict';

// After sorting, the closest pair of values sits next to each other.
function closestDifference(values) {
  const ordered = Float64Array.from(values).sort();
  let best = Infinity;
  for (let i = 1; i < ordered.length; i++) best = Math.min(best, ordered[i] - ordered[i - 1]);
  return best;
}

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
console.log(String(closestDifference(data.slice(1, 1 + data[0]))));
