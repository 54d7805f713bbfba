// Maximum nesting depth of a bracket string, or -1 when it is not balanced.
const fs = require('fs');

const OPENER_OF = { ')': '(', ']': '[', '}': '{' };
const UNBALANCED = -1;

function readBrackets() {
  const lines = fs.readFileSync(0, 'utf8').split('\n');
  return lines.length > 1 ? lines[1].trim() : '';
}

// Keep the open brackets on a stack; a closer must match the most recent opener.
function nestingDepth(brackets) {
  const openBrackets = [];
  let deepest = 0;
  for (const bracket of brackets) {
    if (bracket in OPENER_OF) {
      if (openBrackets.length === 0 || openBrackets.pop() !== OPENER_OF[bracket]) return UNBALANCED;
    } else {
      openBrackets.push(bracket);
      deepest = Math.max(deepest, openBrackets.length);
    }
  }
  return openBrackets.length === 0 ? deepest : UNBALANCED;
}

console.log(String(nestingDepth(readBrackets())));
