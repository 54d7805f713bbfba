function show(comment) {
  document.getElementById('c').innerHTML = comment;
  document.write('<p>' + comment + '</p>');
}

function preview(title, html) {
  document.getElementById('t').setAttribute('onclick', 'select("' + title + '")');
  return new Handlebars.SafeString('<b>' + title + '</b>');
}

function Comment(props) {
  return <div className="body" dangerouslySetInnerHTML={{__html: props.body}} />;
}
