const fs = require('fs');

function above(v, k) {
  return v > k;
}

// Count and sum the values above k.
function countBig(values, k) {
  let count = 0;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    if (above(values[i], k)) {
      count++;
      total = total + values[i];
    }
  }
  return [count, total];
}

const data = fs.readFileSync(0, 'utf8').split(/\s+/).filter(s => s.length > 0).map(Number);
const n = data[0], k = data[1];
const [count, total] = countBig(data.slice(2, 2 + n), k);
console.log(count + ' ' + total);
