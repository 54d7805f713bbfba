const { execFile } = require('child_process');
const name = require('fs').readFileSync(0, 'utf8').trim();
execFile('ls', [name], (err, out) => console.log(out));
const m = /a(b)/.exec(name);
require('child_process').spawn('/bin/sh', ['-c', 'ls -la']);
require('child_process').spawn('grep', ['--', name, 'list.txt']);
