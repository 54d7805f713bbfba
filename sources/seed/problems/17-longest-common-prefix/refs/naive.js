'use strict';
const t = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
const n = Number(t[0]);
const strings = t.slice(1, 1 + n);
const first = strings[0];
let answer = 0;
// try every prefix length of the first string, longest first, checking all strings each time
for (let length = first.length; length >= 0; length--) {
  const candidate = first.slice(0, length);
  if (strings.every((s) => s.startsWith(candidate))) { answer = length; break; }
}
console.log(String(answer));
