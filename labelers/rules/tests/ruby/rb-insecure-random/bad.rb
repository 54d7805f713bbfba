CHARS = ('a'..'z').to_a
token = Array.new(16) { CHARS.sample }.join
puts token, rand(1000)
