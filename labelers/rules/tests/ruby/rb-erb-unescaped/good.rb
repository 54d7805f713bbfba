require 'erb'
PAGE = ERB.new("<li><b><%= ERB::Util.h(author) %></b></li>")
