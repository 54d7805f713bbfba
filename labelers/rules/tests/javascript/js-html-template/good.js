function item(author, text) {
  return `<li><b>${escapeHtml(author)}</b>: ${escapeHtml(text)}</li>`;
}
