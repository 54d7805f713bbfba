require 'openssl'

tokens = $stdin.read.split
m = tokens[0].to_i
secrets = (0...m).to_h { |i| [tokens[1 + 2 * i], tokens[2 + 2 * i]] }
n = tokens[1 + 2 * m].to_i
start = 2 + 2 * m
accepted = (0...n).count do |i|
  secret = secrets[tokens[start + 2 * i]]
  presented = tokens[start + 2 * i + 1]
  # Only the length may leak; fixed_length_secure_compare's time does not depend on the content.
  secret && secret.bytesize == presented.bytesize && OpenSSL.fixed_length_secure_compare(secret, presented)
end
puts "#{accepted} #{n - accepted}"
