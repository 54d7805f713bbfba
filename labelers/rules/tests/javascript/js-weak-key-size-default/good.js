const crypto = require("crypto");

function newKeyPair(bits = 3072) {
  return crypto.generateKeyPairSync("rsa", { modulusLength: bits });
}
