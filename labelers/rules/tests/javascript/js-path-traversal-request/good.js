const fs = require('fs');
const path = require('path');
const url = require('url');

function serve(req, res) {
  const requested = decodeURI(url.parse(req.url).pathname);
  const pathname = path.normalize(requested).replace(/^(\.\.(\/|\\|$))+/, '');
  fs.createReadStream(path.join(__dirname, 'public', pathname)).pipe(res);
}

function save(req, res) {
  const filename = path.join(root, req.params.name);
  if (filename.indexOf(root) !== 0) {
    return res.status(403).end();
  }
  fs.writeFile(filename, req.body.text, () => res.end());
}
