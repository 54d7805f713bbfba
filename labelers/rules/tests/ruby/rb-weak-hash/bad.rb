require 'digest'
puts Digest::MD5.hexdigest(STDIN.read)
