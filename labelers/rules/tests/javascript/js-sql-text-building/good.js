function like(db, user) {
  const text = 'SELECT * FROM likes WHERE user = ?';
  return db.send(text, [user]);
}

// one query text split over two lines and joined with +: a constant
const BY_CITY = "SELECT id FROM users " +
  "WHERE city = ?";

// "with" opens a statement only as WITH name AS (
function retryNote(n) {
  return "with " + n + " retries left";
}
