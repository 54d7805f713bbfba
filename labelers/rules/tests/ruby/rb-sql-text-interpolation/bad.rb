def likes(db, id)
  text = "SELECT * FROM likes WHERE id = #{id}"
  db.send_query(text)
end
