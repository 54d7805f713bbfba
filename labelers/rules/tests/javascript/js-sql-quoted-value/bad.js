const cond = `${column} = '${value}'`;
