require 'zip'

def unzip(archive, destination)
  root = File.expand_path(destination)
  Zip::File.open(archive) do |zip|
    zip.each do |entry|
      path = File.expand_path(entry.name, root)
      raise ArgumentError, "unsafe entry #{entry.name}" unless path.start_with?(root + File::SEPARATOR)
      entry.extract(path)
    end
  end
end
