const libxmljs = require('libxmljs');

function parseConfig(text) {
  return libxmljs.parseXml(text, { noent: true });
}

module.exports = { parseConfig };
