require 'openssl'

def encrypt(key, iv, plaintext)
  cipher = OpenSSL::Cipher.new('aes-256-gcm')
  cipher.encrypt
  cipher.key = key
  cipher.iv = iv
  cipher.auth_data = ''
  [cipher.update(plaintext) + cipher.final, cipher.auth_tag]
end
