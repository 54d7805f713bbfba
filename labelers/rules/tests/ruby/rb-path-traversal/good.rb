def read(base, name)
  full = File.expand_path(name, base)
  raise ArgumentError, 'outside base' unless full.start_with?(File.expand_path(base) + '/')
  File.read(full)
end
