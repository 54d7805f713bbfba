function send(frame, data) {
  frame.contentWindow.postMessage(data, 'https://example.org');
}
