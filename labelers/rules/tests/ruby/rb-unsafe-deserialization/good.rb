require 'json'
require 'oj'
require 'yaml'
data = JSON.parse(STDIN.read)
config = YAML.safe_load(File.read('c.yml'))
settings = YAML.safe_load_file('settings.yml')
payload = Oj.load(STDIN.read, mode: :strict)
legacy = Oj.load(STDIN.read, :mode => :compat)
cache = Oj.load_file('cache.json', mode: :json)
