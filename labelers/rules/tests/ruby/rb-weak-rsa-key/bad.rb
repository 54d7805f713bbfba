require 'openssl'

def new_key
  OpenSSL::PKey::RSA.new(1024)
end
