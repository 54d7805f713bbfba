function show(item) {
  var label = $('<label>' + item + '</label>');
  $('#list').append(label);
}
