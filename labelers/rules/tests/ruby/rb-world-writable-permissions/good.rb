def publish(path, data)
  File.write(path, data)
  File.chmod(0644, path)
end
