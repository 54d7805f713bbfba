function find(db, name) {
  return db.query("SELECT id FROM users WHERE name = ?", [name]);
}

// one query text split over two lines and joined with +: a constant, the value bound
function byCity(db, city) {
  const sql = "SELECT id FROM users " +
              "WHERE city = ?";
  return db.query(sql, [city]);
}
