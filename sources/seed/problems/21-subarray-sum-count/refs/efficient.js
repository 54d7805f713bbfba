'use strict';
const fs = require('fs');

// A subarray (i, j] sums to target exactly when prefix[j] - prefix[i] == target.
function countSubarraysWithSum(values, target) {
  const seenPrefixCounts = new Map([[0, 1]]); // the empty prefix
  let prefix = 0;
  let matches = 0;
  for (const value of values) {
    prefix += value;
    matches += seenPrefixCounts.get(prefix - target) || 0;
    seenPrefixCounts.set(prefix, (seenPrefixCounts.get(prefix) || 0) + 1);
  }
  return matches;
}

const tokens = fs.readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = tokens[0];
const target = tokens[1];
console.log(String(countSubarraysWithSum(tokens.slice(2, 2 + n), target)));
