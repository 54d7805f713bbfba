BASE = '/srv/files'

# Normalise first, then check containment on whole path components.
def resolve(request)
  path = File.expand_path(BASE + '/' + request)
  path == BASE || path.start_with?(BASE + '/') ? path : 'REJECTED'
end

tokens = $stdin.read.split
n = tokens.empty? ? 0 : tokens[0].to_i
puts tokens[1, n].to_a.map { |request| resolve(request) }
