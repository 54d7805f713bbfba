cond = "#{column} = ?"
