const jwt = require('jsonwebtoken');

function requireUser(req, res, next) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  try {
    req.user = jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ['RS256'] });
  } catch (err) {
    return res.status(401).end();
  }
  next();
}

module.exports = requireUser;
