function matches(pattern, text) {
  return new RegExp(pattern).test(text);
}
