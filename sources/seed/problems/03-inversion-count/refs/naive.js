const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const a = data.slice(1, 1 + n);
let inversions = 0;
for (let i = 0; i < n; i++)
  for (let j = i + 1; j < n; j++)
    if (a[i] > a[j]) inversions++;
console.log(String(inversions));
