def publish(path, data)
  File.write(path, data)
  File.chmod(0666, path)
end
