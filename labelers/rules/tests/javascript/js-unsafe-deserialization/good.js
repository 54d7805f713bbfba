const obj = JSON.parse(require('fs').readFileSync(0, 'utf8'));
