const { exec } = require('child_process');
const name = require('fs').readFileSync(0, 'utf8').trim();
exec('ls ' + name, (err, out) => console.log(out));
require('child_process').spawn('/bin/sh', ['-c', 'grep ' + name + ' list.txt']);
