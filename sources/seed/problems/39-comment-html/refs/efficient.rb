require 'erb'

# <%= %> output goes through ERB::Util.h, which escapes & < > " '.
TEMPLATE = ERB.new(<<~HTML, trim_mode: '-')
  <ul>
  <%- comments.each do |author, text| -%>
  <li><b><%= ERB::Util.h(author) %></b>: <%= ERB::Util.h(text) %></li>
  <%- end -%>
  </ul>
HTML

lines = $stdin.read.lines.map(&:chomp)
n = lines.empty? ? 0 : lines[0].to_i
comments = lines[1, n].to_a.map do |line|
  author, text = line.split(' ', 2)
  [author, text.to_s]
end
puts TEMPLATE.result_with_hash(comments: comments)
