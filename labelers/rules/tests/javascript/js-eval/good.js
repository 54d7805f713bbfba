const input = require('fs').readFileSync(0, 'utf8');
console.log(JSON.parse(input));
