function resolve(request) {
  if (request.startsWith('..')) return null;
  return '/srv/' + request;
}
