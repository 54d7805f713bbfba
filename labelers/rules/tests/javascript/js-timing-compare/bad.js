function check(secret, presented) {
  return secret === presented;
}

function login(member, password) {
  // an inequality leaks the matched prefix just the same
  if (member.password !== password) {
    return false;
  }
  return true;
}
