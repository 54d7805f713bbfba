BASE = '/srv/files'

def resolve(request)
  return 'REJECTED' if request.start_with?('..')

  File.expand_path(BASE + '/' + request)
end

tokens = $stdin.read.split
n = tokens.empty? ? 0 : tokens[0].to_i
puts tokens[1, n].to_a.map { |request| resolve(request) }
