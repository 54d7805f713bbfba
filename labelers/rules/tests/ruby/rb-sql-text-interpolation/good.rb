def likes(db, user)
  db.send_query("SELECT * FROM likes WHERE user = ?", user)
end
