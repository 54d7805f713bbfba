function show(comment) {
  document.getElementById('c').innerHTML = comment;
  document.write('<p>' + comment + '</p>');
}
