const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0).map(Number);
const n = data[0];
const limit = data[1];
const values = Float64Array.from(data.slice(2, 2 + n)).sort();
let pairs = 0;
let low = 0;
let high = n - 1;
while (low < high) {
  if (values[low] + values[high] <= limit) {
    // values[low] pairs with every value from low+1 to high
    pairs += high - low;
    low++;
  } else {
    high--;
  }
}
console.log(String(pairs));
