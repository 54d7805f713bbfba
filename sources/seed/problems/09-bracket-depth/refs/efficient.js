const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const text = lines.length > 1 ? lines[1].trim() : '';
const closing = { ')': '(', ']': '[', '}': '{' };
const stack = [];
let depth = 0;
for (const ch of text) {
  if (ch in closing) {
    if (stack.length === 0 || stack.pop() !== closing[ch]) {
      depth = -1;
      break;
    }
  } else {
    stack.push(ch);
    if (stack.length > depth) depth = stack.length;
  }
}
console.log(String(stack.length === 0 && depth >= 0 ? depth : -1));
