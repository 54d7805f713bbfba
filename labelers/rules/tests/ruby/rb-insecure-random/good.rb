require 'securerandom'
token = SecureRandom.hex(16)
puts token
