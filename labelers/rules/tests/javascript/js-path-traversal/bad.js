const fs = require('fs');
const path = require('path');
function read(base, name) {
  return fs.readFileSync(path.join(base, name), 'utf8');
}
