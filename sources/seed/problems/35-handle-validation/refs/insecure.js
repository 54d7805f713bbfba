const HANDLE = /^([a-z0-9]+[.-]?)*[a-z0-9]$/;

const tokens = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
const n = tokens.length ? parseInt(tokens[0], 10) : 0;
console.log(tokens.slice(1, 1 + n).map((handle) => (HANDLE.test(handle) ? 'OK' : 'BAD')).join('\n'));
