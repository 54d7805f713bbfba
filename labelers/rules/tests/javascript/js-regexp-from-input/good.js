function matches(text) {
  return /^[a-z]+$/.test(text);
}

// a regex literal handed to the constructor is constant
function snakeToCamel(text) {
  const regex = new RegExp(/([a-z])(_)/gi);
  return text.replace(regex, (m, a) => a.toUpperCase());
}
