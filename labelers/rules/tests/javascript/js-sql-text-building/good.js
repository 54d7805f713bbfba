function like(db, user) {
  const text = 'SELECT * FROM likes WHERE user = ?';
  return db.send(text, [user]);
}
