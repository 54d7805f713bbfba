function load(name) {
  return require('./plugins/' + name);
}
