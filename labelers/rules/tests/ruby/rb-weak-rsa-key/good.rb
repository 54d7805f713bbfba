require 'openssl'

def new_key
  OpenSSL::PKey::RSA.new(3072)
end
