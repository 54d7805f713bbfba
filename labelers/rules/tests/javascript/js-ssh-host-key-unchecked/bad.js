const { Client } = require('ssh2');

function connect(host, username, privateKey) {
  const conn = new Client();
  conn.connect({ host, username, privateKey, hostVerifier: () => true });
  return conn;
}
