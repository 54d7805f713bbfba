cond = "#{column} = '#{value}'"
