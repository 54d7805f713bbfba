require 'yaml'
data = Marshal.load(STDIN.read)
config = YAML.load(File.read('c.yml'))
