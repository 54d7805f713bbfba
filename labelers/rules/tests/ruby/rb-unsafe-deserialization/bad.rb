require 'oj'
require 'yaml'
data = Marshal.load(STDIN.read)
config = YAML.load(File.read('c.yml'))
settings = YAML.unsafe_load_file('settings.yml')
defaults = Psych.load_file('defaults.yml')
documents = YAML.load_stream(File.read('docs.yml'))
payload = Oj.load(STDIN.read)
cache = Oj.load_file('cache.json')
session = Oj.object_load(STDIN.read)
