import pickle, sys, yaml
import dill, joblib, torch
import numpy as np
import pandas as pd
data = pickle.loads(sys.stdin.buffer.read())
config = yaml.load(open("c.yml"))
state = dill.loads(sys.stdin.buffer.read())
model = joblib.load("model.pkl")
frame = pd.read_pickle("frame.pkl")
matrix = np.load("matrix.npy", allow_pickle=True)
weights = torch.load("weights.pt")
documents = list(yaml.load_all(open("docs.yml")))
settings = yaml.full_load(open("settings.yml"))
legacy = yaml.load(open("legacy.yml"), Loader=yaml.Loader)


class ConfigLoader(yaml.Loader):
    def __init__(self, stream):
        yaml.Loader.__init__(self, stream)
