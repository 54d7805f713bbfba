# Readable reference: a small union-find type with named operations (same algorithm as efficient).
# Union-find with path halving and union by size.
class DisjointSets
  attr_reader :count

  def initialize(size)
    @parent = Array.new(size) { |i| i }
    @size = Array.new(size, 1)
    @count = size
  end

  def find(v)
    while @parent[v] != v
      @parent[v] = @parent[@parent[v]] # path halving
      v = @parent[v]
    end
    v
  end

  def union(a, b)
    a = find(a)
    b = find(b)
    return if a == b

    a, b = b, a if @size[a] < @size[b]
    @parent[b] = a # hang the smaller tree under the larger one
    @size[a] += @size[b]
    @count -= 1
  end
end

data = STDIN.read.split.map(&:to_i)
n, m = data[0], data[1]
sets = DisjointSets.new(n + 1)
m.times { |i| sets.union(data[2 + 2 * i], data[3 + 2 * i]) }
puts sets.count - 1 # vertex 0 is unused
