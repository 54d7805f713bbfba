MAX_VALUE = 1_000_000
data = STDIN.read.split.map(&:to_i)
n = data[0]
tree = Array.new(MAX_VALUE + 1, 0) # Fenwick tree: how many values seen so far are <= v
inversions = 0
data[1, n].each_with_index do |v, seen|
  i = v
  not_greater = 0
  while i > 0
    not_greater += tree[i]
    i -= i & -i
  end
  inversions += seen - not_greater
  i = v
  while i <= MAX_VALUE
    tree[i] += 1
    i += i & -i
  end
end
puts inversions
