const crypto = require("crypto");

function newKeyPair(bits = 1024) {
  return crypto.generateKeyPairSync("rsa", { modulusLength: bits });
}
