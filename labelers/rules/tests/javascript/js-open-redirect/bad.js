const express = require('express');
const app = express();

app.post('/login', (req, res) => {
  req.session.user = req.body.user;
  res.redirect(req.query.next || '/');
});
