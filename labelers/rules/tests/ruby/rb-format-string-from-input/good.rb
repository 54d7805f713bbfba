puts format("%s says %s", *gets.split.first(2))
