// Length of the longest strictly increasing subsequence.
const fs = require('fs');

function readSequence() {
  const tokens = fs.readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
  return tokens.slice(1, 1 + tokens[0]);
}

// First position whose tail is >= value (binary search over the sorted tails).
function firstNotSmaller(sortedTails, value) {
  let low = 0;
  let high = sortedTails.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sortedTails[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

// Patience sorting: smallestTail[k] is the smallest last element of an increasing run of length k + 1.
function longestIncreasingLength(sequence) {
  const smallestTail = [];
  for (const value of sequence) {
    smallestTail[firstNotSmaller(smallestTail, value)] = value;
  }
  return smallestTail.length;
}

console.log(String(longestIncreasingLength(readSequence())));
