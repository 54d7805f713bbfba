const crypto = require('crypto');

const ITERATIONS = 100;
const derive = (password, salt) => crypto.pbkdf2Sync(password, salt, ITERATIONS, 32, 'sha256');

const tokens = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
const n = tokens.length ? parseInt(tokens[0], 10) : 0;
const store = new Map();
let created = 0, refused = 0, ok = 0, denied = 0;
for (let i = 0; i < n; i++) {
  const [action, user, password] = tokens.slice(1 + 3 * i, 4 + 3 * i);
  if (action === 'register') {
    if (store.has(user)) {
      refused++;
    } else {
      const salt = crypto.randomBytes(16);
      store.set(user, { salt, hash: derive(password, salt) });
      created++;
    }
  } else {
    const entry = store.get(user);
    if (entry && crypto.timingSafeEqual(entry.hash, derive(password, entry.salt))) ok++;
    else denied++;
  }
}
console.log(`${created} ${refused} ${ok} ${denied}`);
