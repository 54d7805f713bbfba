cond = f"{column} = ?"
