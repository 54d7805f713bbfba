const crypto = require('crypto');

const tokens = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
const n = tokens.length ? parseInt(tokens[0], 10) : 0;
const store = new Map();
let created = 0, refused = 0, ok = 0, denied = 0;
for (let i = 0; i < n; i++) {
  const [action, user, password] = tokens.slice(1 + 3 * i, 4 + 3 * i);
  const digest = crypto.createHash('md5').update(password).digest('hex');
  if (action === 'register') {
    if (store.has(user)) {
      refused++;
    } else {
      store.set(user, digest);
      created++;
    }
  } else if (store.get(user) === digest) {
    ok++;
  } else {
    denied++;
  }
}
console.log(`${created} ${refused} ${ok} ${denied}`);
