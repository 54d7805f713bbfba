// One left-to-right pass: word characters, single separators, no separator at either end.
function isValidHandle(handle) {
  let previousWasSeparator = true; // a handle may not start with a separator
  for (const char of handle) {
    if ((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9')) {
      previousWasSeparator = false;
    } else if ((char === '.' || char === '-') && !previousWasSeparator) {
      previousWasSeparator = true;
    } else {
      return false;
    }
  }
  return handle.length > 0 && !previousWasSeparator;
}

const tokens = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
const n = tokens.length ? parseInt(tokens[0], 10) : 0;
console.log(tokens.slice(1, 1 + n).map((handle) => (isValidHandle(handle) ? 'OK' : 'BAD')).join('\n'));
