require "openssl"

def generate_key(bits = 3072)
  OpenSSL::PKey::RSA.new(bits)
end
