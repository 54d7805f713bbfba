def resolve(request)
  path = File.expand_path(request, '/srv')
  path.start_with?('/srv/') ? path : nil
end
