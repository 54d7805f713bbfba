s = STDIN.gets.strip.bytes
n = s.length
best = 0
n.times do |c|
  [[c, c], [c, c + 1]].each do |left, right|
    while left >= 0 && right < n && s[left] == s[right]
      left -= 1
      right += 1
    end
    best = right - left - 1 if right - left - 1 > best
  end
end
puts best
