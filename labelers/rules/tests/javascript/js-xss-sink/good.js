function show(comment) {
  document.getElementById('c').textContent = comment;
}
