require 'erb'
PAGE = ERB.new("<li><b><%= author %></b></li>")
