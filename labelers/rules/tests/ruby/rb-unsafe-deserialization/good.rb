require 'json'
require 'yaml'
data = JSON.parse(STDIN.read)
config = YAML.safe_load(File.read('c.yml'))
