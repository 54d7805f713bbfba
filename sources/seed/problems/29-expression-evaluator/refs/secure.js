function evaluate(text) {
  let pos = 0;
  const peek = () => {
    while (pos < text.length && text[pos] === ' ') pos++;
    return pos < text.length ? text[pos] : '';
  };
  function expression() {
    let value = term();
    for (let op = peek(); op === '+' || op === '-'; op = peek()) {
      pos++;
      value = op === '+' ? value + term() : value - term();
    }
    return value;
  }
  function term() {
    let value = factor();
    while (peek() === '*') {
      pos++;
      value *= factor();
    }
    return value;
  }
  function factor() {
    const char = peek();
    if (char === '-') {
      pos++;
      return -factor();
    }
    if (char === '(') {
      pos++;
      const value = expression();
      if (peek() !== ')') throw new Error(`expected ')' at ${pos}`);
      pos++;
      return value;
    }
    const start = pos;
    while (pos < text.length && text[pos] >= '0' && text[pos] <= '9') pos++;
    if (start === pos) throw new Error(`expected a number at ${start}`);
    return Number(text.slice(start, pos));
  }
  const value = expression();
  if (peek() !== '') throw new Error(`unexpected input at ${pos}`);
  return value + 0;
}

const lines = require('fs').readFileSync(0, 'utf8').split(/\r?\n/);
const n = lines[0] ? parseInt(lines[0], 10) : 0;
const out = [];
for (let i = 1; i <= n; i++) out.push(String(evaluate(lines[i].trim())));
console.log(out.join('\n'));
