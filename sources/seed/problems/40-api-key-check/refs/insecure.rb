tokens = $stdin.read.split
m = tokens[0].to_i
secrets = (0...m).to_h { |i| [tokens[1 + 2 * i], tokens[2 + 2 * i]] }
n = tokens[1 + 2 * m].to_i
start = 2 + 2 * m
accepted = (0...n).count do |i|
  secret = secrets[tokens[start + 2 * i]]
  secret && secret == tokens[start + 2 * i + 1]
end
puts "#{accepted} #{n - accepted}"
