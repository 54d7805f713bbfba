function item(author, text) {
  return `<li><b>${author}</b>: ${text}</li>`;
}
