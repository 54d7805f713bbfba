function matches(text) {
  return /^[a-z]+$/.test(text);
}
