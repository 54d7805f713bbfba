const lines = require('fs').readFileSync(0, 'utf8').split('\n');
let text = Array.from(lines.length > 1 ? lines[1].trim() : '');
const isPair = (open, close) => (open === '(' && close === ')') || (open === '[' && close === ']') || (open === '{' && close === '}');
let rounds = 0;
// each round deletes every adjacent matching pair of the current string
while (text.length > 0) {
  const shorter = [];
  for (let i = 0; i < text.length; i++) {
    if (i + 1 < text.length && isPair(text[i], text[i + 1])) i++;
    else shorter.push(text[i]);
  }
  if (shorter.length === text.length) break;
  text = shorter;
  rounds++;
}
console.log(String(text.length === 0 ? rounds : -1));
