# Recursive-descent evaluator for + - * ( ) and unary minus over integers.
class Parser
  def initialize(text)
    @text = text
    @pos = 0
  end

  def parse
    value = expression
    raise ArgumentError, "unexpected input at #{@pos}" unless peek.empty?

    value
  end

  private

  def peek
    @pos += 1 while @pos < @text.size && @text[@pos] == ' '
    @pos < @text.size ? @text[@pos] : ''
  end

  def expression
    value = term
    while %w[+ -].include?(peek)
      op = @text[@pos]
      @pos += 1
      value = op == '+' ? value + term : value - term
    end
    value
  end

  def term
    value = factor
    while peek == '*'
      @pos += 1
      value *= factor
    end
    value
  end

  def factor
    case peek
    when '-'
      @pos += 1
      -factor
    when '('
      @pos += 1
      value = expression
      raise ArgumentError, "expected ')' at #{@pos}" unless peek == ')'

      @pos += 1
      value
    else
      start = @pos
      @pos += 1 while @pos < @text.size && @text[@pos].between?('0', '9')
      raise ArgumentError, "expected a number at #{start}" if start == @pos

      @text[start...@pos].to_i
    end
  end
end

lines = $stdin.read.lines.map(&:chomp)
n = lines.empty? ? 0 : lines[0].to_i
puts lines[1, n].to_a.map { |line| Parser.new(line.strip).parse }
