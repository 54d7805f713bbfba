const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const readings = data.slice(1, 1 + data[0]);
let top = 0;
for (const value of readings) if (value > top) top = value;
let best = 0, bestCount = 0;
for (let value = 0; value <= top; value++) {
  let occurrences = 0;
  for (const reading of readings) if (reading === value) occurrences++;
  if (occurrences > bestCount) {
    best = value;
    bestCount = occurrences;
  }
}
console.log(`${best} ${bestCount}`);
