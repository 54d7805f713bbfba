const fs = require('fs');
const path = require('path');
function read(base, name) {
  const full = path.resolve(base, name);
  if (!full.startsWith(path.resolve(base) + path.sep)) throw new Error('outside');
  return fs.readFileSync(full, 'utf8');
}
