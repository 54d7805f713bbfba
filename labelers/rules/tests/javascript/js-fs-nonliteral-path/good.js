const fs = require('fs');
const input = fs.readFileSync(0, 'utf8');
console.log(input.length);
