lines = STDIN.read.split("\n", -1)
text = lines.size > 1 ? lines[1].strip : ''
rounds = 0
until text.empty?
  shorter = text.gsub(/\(\)|\[\]|\{\}/, '')
  break if shorter == text
  text = shorter
  rounds += 1
end
puts(text.empty? ? rounds : -1)
