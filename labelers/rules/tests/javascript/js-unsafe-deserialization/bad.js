const serialize = require('node-serialize');
const obj = serialize.unserialize(require('fs').readFileSync(0, 'utf8'));
