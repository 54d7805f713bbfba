const path = require('path');

const BASE = '/srv/files';

// Normalise first, then check containment on whole path components.
function resolve(request) {
  const resolved = path.posix.resolve(BASE + '/' + request);
  return resolved === BASE || resolved.startsWith(BASE + '/') ? resolved : 'REJECTED';
}

const tokens = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
const n = tokens.length ? parseInt(tokens[0], 10) : 0;
console.log(tokens.slice(1, 1 + n).map(resolve).join('\n'));
