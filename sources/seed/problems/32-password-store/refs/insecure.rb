require 'digest'

tokens = $stdin.read.split
n = tokens.empty? ? 0 : tokens[0].to_i
store = {}
created = refused = ok = denied = 0
n.times do |i|
  action, user, password = tokens[1 + 3 * i, 3]
  digest = Digest::MD5.hexdigest(password)
  if action == 'register'
    if store.key?(user)
      refused += 1
    else
      store[user] = digest
      created += 1
    end
  elsif store[user] == digest
    ok += 1
  else
    denied += 1
  end
end
puts "#{created} #{refused} #{ok} #{denied}"
