'use strict';
const t = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = t.length ? t[0] : 0;
const values = t.slice(1, 1 + n).sort((a, b) => a - b);
let count = 0;
for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[i - 1]) count++;
console.log(String(count));
