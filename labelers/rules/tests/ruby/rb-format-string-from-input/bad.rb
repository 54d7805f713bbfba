template = gets
puts format(template, *gets.split)
