const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const readings = data.slice(1, 1 + data[0]).sort((a, b) => a - b);
let best = readings[0], bestCount = 0, runStart = 0;
for (let i = 1; i <= readings.length; i++) {
  if (i === readings.length || readings[i] !== readings[runStart]) {
    if (i - runStart > bestCount) {
      best = readings[runStart];
      bestCount = i - runStart;
    }
    runStart = i;
  }
}
console.log(`${best} ${bestCount}`);
