const { Client } = require('ssh2');
const crypto = require('crypto');

function connect(host, username, privateKey, knownFingerprint) {
  const conn = new Client();
  conn.connect({
    host, username, privateKey,
    hostVerifier: (key) => crypto.createHash('sha256').update(key).digest('hex') === knownFingerprint,
  });
  return conn;
}
