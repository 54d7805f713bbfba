HANDLE = /\A([a-z0-9]+[.\-]?)*[a-z0-9]\z/

tokens = $stdin.read.split
n = tokens.empty? ? 0 : tokens[0].to_i
puts tokens[1, n].to_a.map { |handle| HANDLE.match?(handle) ? 'OK' : 'BAD' }
