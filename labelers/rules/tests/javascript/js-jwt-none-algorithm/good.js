const jwt = require('jsonwebtoken');

function readToken(token, key) {
  return jwt.verify(token, key, { algorithms: ['HS256'] });
}
