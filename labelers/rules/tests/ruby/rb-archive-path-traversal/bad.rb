require 'zip'

def unzip(archive, destination)
  Zip::File.open(archive) do |zip|
    zip.each do |entry|
      entry.extract(File.join(destination, entry.name))
    end
  end
end
