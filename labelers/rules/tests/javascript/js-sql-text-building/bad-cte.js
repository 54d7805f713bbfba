function recent(db, id) {
  const text = "WITH RECURSIVE mine (id) AS (SELECT id FROM likes WHERE id = " + id + ") SELECT count(*) FROM mine";
  return db.send(text);
}
