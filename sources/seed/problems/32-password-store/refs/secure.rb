require 'openssl'
require 'securerandom'

ITERATIONS = 100

def derive(password, salt)
  OpenSSL::PKCS5.pbkdf2_hmac(password, salt, ITERATIONS, 32, OpenSSL::Digest.new('SHA256'))
end

tokens = $stdin.read.split
n = tokens.empty? ? 0 : tokens[0].to_i
store = {}
created = refused = ok = denied = 0
n.times do |i|
  action, user, password = tokens[1 + 3 * i, 3]
  if action == 'register'
    if store.key?(user)
      refused += 1
    else
      salt = SecureRandom.random_bytes(16)
      store[user] = [salt, derive(password, salt)]
      created += 1
    end
  else
    salt, hash = store[user]
    if salt && OpenSSL.fixed_length_secure_compare(hash, derive(password, salt))
      ok += 1
    else
      denied += 1
    end
  end
end
puts "#{created} #{refused} #{ok} #{denied}"
