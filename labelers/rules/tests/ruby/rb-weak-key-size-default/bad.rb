require "openssl"

def generate_key(bits = 1024)
  OpenSSL::PKey::RSA.new(bits)
end
