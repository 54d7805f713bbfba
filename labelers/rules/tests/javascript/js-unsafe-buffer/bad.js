function make(n) {
  return new Buffer(n);
}
