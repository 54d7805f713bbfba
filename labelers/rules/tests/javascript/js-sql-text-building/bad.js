function like(db, id) {
  const text = `SELECT * FROM likes WHERE id = ${id}`;
  return db.send(text);
}
