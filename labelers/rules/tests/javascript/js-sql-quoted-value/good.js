const cond = `${column} = ?`;
