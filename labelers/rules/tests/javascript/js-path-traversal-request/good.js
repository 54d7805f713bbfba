const fs = require('fs');
const path = require('path');
const url = require('url');

function serve(req, res) {
  const requested = decodeURI(url.parse(req.url).pathname);
  const pathname = path.normalize(requested).replace(/^(\.\.(\/|\\|$))+/, '');
  fs.createReadStream(path.join(__dirname, 'public', pathname)).pipe(res);
}
