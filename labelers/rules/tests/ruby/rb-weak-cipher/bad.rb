require 'openssl'

def encrypt(key, iv, plaintext)
  cipher = OpenSSL::Cipher.new('des-ede3-cbc')
  cipher.encrypt
  cipher.key = key
  cipher.iv = iv
  cipher.update(plaintext) + cipher.final
end
