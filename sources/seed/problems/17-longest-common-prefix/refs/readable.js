// Readable reference: the streaming prefix match with named steps and comments (same algorithm as efficient).
'use strict';
const fs = require('fs');

// Streams stdin in fixed-size chunks, matching every string against the first one byte by byte:
// only the first string and the current common length are kept.
function longestCommonPrefix() {
  const chunk = Buffer.alloc(1 << 16);
  const first = [];
  let line = -1;           // -1 while reading the count line, then the index of the current string
  let n = 0, common = 0, matched = 0, matching = true, lineHasBytes = false, bytesRead;
  const endLine = () => {
    if (line === -1) { n = parseInt(Buffer.from(first).toString(), 10); first.length = 0; }
    else if (line === 0) common = first.length;
    else if (line < n) common = Math.min(common, matched);
    line++;
    matched = 0; matching = true; lineHasBytes = false;
  };
  while ((bytesRead = fs.readSync(0, chunk, 0, chunk.length, null)) > 0) {
    for (let i = 0; i < bytesRead; i++) {
      const c = chunk[i];
      if (c === 10) { endLine(); continue; }
      if (c === 13) continue;
      lineHasBytes = true;
      if (line <= 0) first.push(c);
      else if (matching && matched < common && c === first[matched]) matched++;
      else matching = false;
    }
  }
  if (lineHasBytes) endLine();
  return common;
}

console.log(String(longestCommonPrefix()));
