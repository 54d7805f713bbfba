# Maximum nesting depth of a bracket string, or -1 when it is not balanced.
OPENER_OF = { ')' => '(', ']' => '[', '}' => '{' }.freeze
UNBALANCED = -1

def read_brackets
  lines = STDIN.read.split("\n", -1)
  lines.size > 1 ? lines[1].strip : ''
end

# Keep the open brackets on a stack; a closer must match the most recent opener.
def nesting_depth(brackets)
  open_brackets = []
  deepest = 0
  brackets.each_char do |bracket|
    if OPENER_OF.key?(bracket)
      return UNBALANCED if open_brackets.empty? || open_brackets.pop != OPENER_OF[bracket]
    else
      open_brackets.push(bracket)
      deepest = [deepest, open_brackets.size].max
    end
  end
  open_brackets.empty? ? deepest : UNBALANCED
end

puts nesting_depth(read_brackets)
