// Count the pairs i < j with a[i] > a[j].
const fs = require('fs');

const MAX_VALUE = 1000000;

// Prefix counts over the values 1..size, each update and query in O(log size).
class FenwickTree {
  constructor(size) {
    this.size = size;
    this.counts = new Int32Array(size + 1);
  }

  addOne(value) {
    for (let i = value; i <= this.size; i += i & -i) this.counts[i]++;
  }

  countAtMost(value) {
    let total = 0;
    for (let i = value; i > 0; i -= i & -i) total += this.counts[i];
    return total;
  }
}

// Each value forms an inversion with every earlier value that is larger.
function countInversions(sequence) {
  const seen = new FenwickTree(MAX_VALUE);
  let inversions = 0;
  sequence.forEach((value, seenSoFar) => {
    inversions += seenSoFar - seen.countAtMost(value);
    seen.addOne(value);
  });
  return inversions;
}

const tokens = fs.readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
console.log(String(countInversions(tokens.slice(1, 1 + tokens[0]))));
