const plugins = { csv: require('./plugins/csv'), json: require('./plugins/json') };
function load(name) {
  return plugins[name];
}
