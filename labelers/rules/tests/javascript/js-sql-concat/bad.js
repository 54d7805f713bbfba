function find(db, name) {
  return db.query("SELECT id FROM users WHERE name = '" + name + "'");
}
function remove(db, name) {
  const sql = `DELETE FROM users WHERE name = '${name}'`;
  return db.run(sql);
}
