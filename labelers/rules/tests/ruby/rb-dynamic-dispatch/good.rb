OPS = { "add" => ->(a, b) { a + b }, "sub" => ->(a, b) { a - b } }
op = STDIN.gets.strip
puts OPS.fetch(op).call(10, 3)
puts 10.send(:+, 3)
