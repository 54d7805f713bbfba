const crypto = require('crypto');
function check(secret, presented) {
  return secret.length === presented.length && crypto.timingSafeEqual(secret, presented);
}
