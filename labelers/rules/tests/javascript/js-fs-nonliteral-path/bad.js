const fs = require('fs');
function load(file) {
  return fs.readFileSync(file, 'utf8');
}
