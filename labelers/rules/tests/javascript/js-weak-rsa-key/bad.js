const crypto = require('crypto');

function newKeyPair() {
  return crypto.generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: 0x10001 });
}

module.exports = { newKeyPair };
