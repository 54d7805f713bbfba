const path = require('path');
function resolve(request) {
  const full = path.posix.resolve('/srv', request);
  return full.startsWith('/srv/') ? full : null;
}
