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
// Monotonic deque of the window's possible maxima, kept in a ring of size k.
const ringIndex = new Int32Array(k);
const ringValue = new Float64Array(k);
let head = 0, size = 0, total = 0;
for (let i = 0; i < n; i++) {
  const value = nextInt();
  if (size > 0 && ringIndex[head] <= i - k) {
    head = (head + 1) % k;
    size--;
  }
  while (size > 0 && ringValue[(head + size - 1) % k] <= value) size--;
  const back = (head + size) % k;
  ringIndex[back] = i;
  ringValue[back] = value;
  size++;
  if (i >= k - 1) total += ringValue[head];
}
console.log(String(total));
