const fs = require('fs');
const chunk = Buffer.alloc(1 << 16);
let chunkLength = 0;
let chunkPos = 0;

// Reads stdin piece by piece so the whole log is never held in memory.
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
const counts = new Map();
for (let i = 0; i < n; i++) {
  const value = nextInt();
  counts.set(value, (counts.get(value) || 0) + 1);
}
let best = -1, bestCount = 0;
for (const [value, count] of counts) {
  if (count > bestCount || (count === bestCount && value < best)) {
    best = value;
    bestCount = count;
  }
}
console.log(`${best} ${bestCount}`);
