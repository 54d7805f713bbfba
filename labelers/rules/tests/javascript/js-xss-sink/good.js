function show(comment) {
  document.getElementById('c').textContent = comment;
}

function preview(title, html) {
  document.getElementById('t').innerHTML = Utils.htmlEncode(title);
  const safe = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return new Handlebars.SafeString('<b>' + safe + '</b>');
}

function Comment(props) {
  return <div className="body">{props.body}</div>;
}

// short escaper names (Rails h, WordPress-style esc_html, eHtml) escape too
function subject(value) {
  $('#panel .heading').html(eHtml($('#subject').val()));
  document.getElementById('s').innerHTML = esc_html(value);
}
