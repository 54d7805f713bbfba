const libxmljs = require('libxmljs');

function parseConfig(text) {
  return libxmljs.parseXml(text, { noent: false, nonet: true });
}

module.exports = { parseConfig };
