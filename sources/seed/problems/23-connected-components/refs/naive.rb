data = STDIN.read.split.map(&:to_i)
n, m = data[0], data[1]
edges = (0...m).map { |i| [data[2 + 2 * i], data[3 + 2 * i]] }
label = (0..n).to_a
changed = true
while changed # push the smallest label across every edge until nothing changes
  changed = false
  edges.each do |u, v|
    if label[u] < label[v]
      label[v] = label[u]
      changed = true
    elsif label[v] < label[u]
      label[u] = label[v]
      changed = true
    end
  end
end
puts (1..n).count { |v| label[v] == v }
