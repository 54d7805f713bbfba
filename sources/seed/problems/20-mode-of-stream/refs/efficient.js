'use strict';
const fs = require('fs');

// Streams stdin in fixed-size chunks and hands every parsed integer to onValue.
function forEachInteger(onValue) {
  const chunk = Buffer.alloc(1 << 16);
  let value = 0, negative = false, inNumber = false, bytesRead;
  while ((bytesRead = fs.readSync(0, chunk, 0, chunk.length, null)) > 0) {
    for (let i = 0; i < bytesRead; i++) {
      const c = chunk[i];
      if (c === 45) { negative = true; inNumber = true; }
      else if (c >= 48 && c <= 57) { value = value * 10 + (c - 48); inNumber = true; }
      else if (inNumber) { onValue(negative ? -value : value); value = 0; negative = false; inNumber = false; }
    }
  }
  if (inNumber) onValue(negative ? -value : value);
}

let n = -1;
const counts = new Map(); // memory grows with the number of distinct values only
forEachInteger((v) => { if (n < 0) n = v; else counts.set(v, (counts.get(v) || 0) + 1); });
let bestValue = 0, bestCount = 0;
for (const [value, count] of counts) {
  if (count > bestCount || (count === bestCount && value < bestValue)) { bestValue = value; bestCount = count; }
}
console.log(`${bestValue} ${bestCount}`);
