function check(secret, presented) {
  return secret === presented;
}
