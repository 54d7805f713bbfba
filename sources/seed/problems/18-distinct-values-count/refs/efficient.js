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
const distinct = new Set(); // memory grows with the number of distinct values only
forEachInteger((v) => { if (n < 0) n = v; else distinct.add(v); });
console.log(String(distinct.size));
