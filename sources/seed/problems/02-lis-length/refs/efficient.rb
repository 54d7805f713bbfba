data = STDIN.read.split.map(&:to_i)
n = data[0]
tails = [] # tails[k] = smallest tail of an increasing subsequence of length k + 1
data[1, n].each do |x|
  k = tails.bsearch_index { |t| t >= x } || tails.size
  tails[k] = x
end
puts tails.size
