const fs = require('fs');
const path = require('path');
const url = require('url');

function serve(req, res) {
  const pathname = decodeURI(url.parse(req.url).pathname);
  fs.createReadStream(path.join(__dirname, 'public', pathname)).pipe(res);
}

function save(req, res) {
  const filename = path.join(root, req.params.name);
  fs.writeFile(filename, req.body.text, () => res.end());
}
