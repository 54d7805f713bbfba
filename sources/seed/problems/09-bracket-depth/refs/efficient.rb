lines = STDIN.read.split("\n", -1)
text = lines.size > 1 ? lines[1].strip : ''
closing = { ')' => '(', ']' => '[', '}' => '{' }
stack = []
depth = 0
text.each_char do |ch|
  if closing.key?(ch)
    if stack.empty? || stack.pop != closing[ch]
      depth = -1
      break
    end
  else
    stack << ch
    depth = stack.size if stack.size > depth
  end
end
puts(stack.empty? && depth >= 0 ? depth : -1)
