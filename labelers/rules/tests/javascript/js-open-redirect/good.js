const express = require('express');
const app = express();

function isLocalPath(target) {
  return typeof target === 'string' && target.startsWith('/') && !target.startsWith('//');
}

app.post('/login', (req, res) => {
  req.session.user = req.body.user;
  const next = req.query.next;
  if (isLocalPath(next)) {
    return res.redirect(next);
  }
  res.redirect('/');
});
