const express = require('express');
const escapeHtml = require('escape-html');
const app = express();

app.get('/search', (req, res) => {
  const term = escapeHtml(req.query.q);
  const page = '<h1>Results for ' + term + '</h1>';
  res.write(page);
  res.end();
});
