const express = require('express');
const app = express();

app.get('/search', (req, res) => {
  const term = req.query.q;
  const page = '<h1>Results for ' + term + '</h1>';
  res.write(page);
  res.end();
});
