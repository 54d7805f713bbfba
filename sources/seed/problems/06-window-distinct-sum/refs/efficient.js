const fs = require('fs');
const chunk = Buffer.alloc(1 << 16);
let chunkLength = 0;
let chunkPos = 0;

// Reads stdin piece by piece so the whole stream is never held in memory.
function nextByte() {
  if (chunkPos === chunkLength) {
    chunkPos = 0;
    chunkLength = 0;
    for (;;) {
      try {
        chunkLength = fs.readSync(0, chunk, 0, chunk.length, null);
        break;
      } catch (error) {
        if (error.code !== 'EAGAIN') throw error;
      }
    }
    if (chunkLength === 0) return -1;
  }
  return chunk[chunkPos++];
}

function nextInt() {
  let c = nextByte();
  while (c !== -1 && (c < 48 || c > 57)) c = nextByte();
  let value = 0;
  while (c >= 48 && c <= 57) {
    value = value * 10 + (c - 48);
    c = nextByte();
  }
  return value;
}

const n = nextInt();
const k = nextInt();
const window = new Int32Array(k); // ring buffer of the last k values
const counts = new Map(); // how often each value occurs in the current window
let total = 0;
for (let i = 0; i < n; i++) {
  const value = nextInt();
  const slot = i % k;
  if (i >= k) {
    const leaving = window[slot];
    const left = counts.get(leaving) - 1;
    if (left === 0) counts.delete(leaving); else counts.set(leaving, left);
  }
  window[slot] = value;
  counts.set(value, (counts.get(value) || 0) + 1);
  if (i >= k - 1) total += counts.size;
}
console.log(String(total));
