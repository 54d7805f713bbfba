'use strict';
const t = require('fs').readFileSync(0, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
const n = Number(t[0]);
const strings = t.slice(1, 1 + n).map((s) => Array.from(s));
let length = 0;
while (strings.every((s) => length < s.length && s[length] === strings[0][length])) length++;
console.log(String(length));
