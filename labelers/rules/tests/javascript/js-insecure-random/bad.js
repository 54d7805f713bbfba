function token() {
  return Math.random().toString(36).slice(2);
}
