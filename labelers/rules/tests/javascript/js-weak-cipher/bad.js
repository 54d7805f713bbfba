const crypto = require('crypto');
const c = crypto.createCipheriv('des-ecb', key, null);
