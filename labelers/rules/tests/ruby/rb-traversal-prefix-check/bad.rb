def resolve(request)
  return nil if request.start_with?('..')
  '/srv/' + request
end
