// Count the index pairs i < j whose values add up to the target.
const fs = require('fs');

function readInput() {
  const tokens = fs.readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
  const count = tokens[0];
  return { target: tokens[1], values: tokens.slice(2, 2 + count) };
}

// Each value pairs with every earlier value equal to its complement.
function countPairsWithSum(values, target) {
  const seenSoFar = new Map();
  let pairs = 0;
  for (const value of values) {
    pairs += seenSoFar.get(target - value) || 0;
    seenSoFar.set(value, (seenSoFar.get(value) || 0) + 1);
  }
  return pairs;
}

const { target, values } = readInput();
console.log(String(countPairsWithSum(values, target)));
