const https = require('https');

function fetchStatus(host, callback) {
  const req = https.request({ host, path: '/status' }, callback);
  req.end();
}
