def find(db, name)
  db.execute("SELECT id FROM users WHERE name = ?", [name])
end
