import pickle, sys, yaml
data = pickle.loads(sys.stdin.buffer.read())
config = yaml.load(open("c.yml"))
