const fs = require('fs');
const path = require('path');
const url = require('url');

function serve(req, res) {
  const pathname = decodeURI(url.parse(req.url).pathname);
  fs.createReadStream(path.join(__dirname, 'public', pathname)).pipe(res);
}
