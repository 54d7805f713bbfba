cond = f"{column} = '{value}'"
