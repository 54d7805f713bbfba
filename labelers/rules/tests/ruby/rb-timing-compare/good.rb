require 'openssl'
def check(secret, presented)
  secret.bytesize == presented.bytesize && OpenSSL.fixed_length_secure_compare(secret, presented)
end
