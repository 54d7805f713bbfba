const fs = require('fs');

function publish(path, data) {
  fs.writeFileSync(path, data);
  fs.chmodSync(path, 0o666);
}

module.exports = { publish };
