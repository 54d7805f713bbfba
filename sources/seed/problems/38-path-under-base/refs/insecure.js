const path = require('path');

const BASE = '/srv/files';

function resolve(request) {
  if (request.startsWith('..')) return 'REJECTED';
  return path.posix.resolve(BASE + '/' + request);
}

const tokens = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
const n = tokens.length ? parseInt(tokens[0], 10) : 0;
console.log(tokens.slice(1, 1 + n).map(resolve).join('\n'));
