function show(item) {
  var label = $('<label/>').text(item);
  $('#list').append(label);
}
