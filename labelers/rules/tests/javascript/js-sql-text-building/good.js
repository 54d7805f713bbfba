function like(db, user) {
  const text = 'SELECT * FROM likes WHERE user = ?';
  return db.send(text, [user]);
}

// one query text split over two lines and joined with +: a constant, the value bound
function byCity(db, city) {
  const sql = "SELECT id FROM users " +
              "WHERE city = ?";
  return db.query(sql, [city]);
}
