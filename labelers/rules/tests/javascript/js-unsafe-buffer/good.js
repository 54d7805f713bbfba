function make(n) {
  return Buffer.alloc(n);
}
