import json, sys, yaml
data = json.loads(sys.stdin.read())
config = yaml.safe_load(open("c.yml"))
