def read(base, name)
  File.read(File.join(base, name))
end
