'use strict';

// Row-by-row dynamic programming: row[j] = LCS of the current prefix of a and b.slice(0, j).
function lcsLength(a, b) {
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let i = 0; i < a.length; i++) {
    const charA = a.charCodeAt(i);
    for (let j = 1; j <= b.length; j++) {
      current[j] = charA === b.charCodeAt(j - 1) ? previous[j - 1] + 1 : Math.max(current[j - 1], previous[j]);
    }
    [previous, current] = [current, previous]; // only the previous row is ever needed
  }
  return previous[b.length];
}

const [a, b] = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
console.log(String(lcsLength(a, b)));
