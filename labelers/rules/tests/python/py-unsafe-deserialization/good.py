import json, sys, yaml
import torch
import numpy as np
import pandas as pd
from yaml import SafeLoader
data = json.loads(sys.stdin.read())
config = yaml.safe_load(open("c.yml"))
settings = yaml.load(open("settings.yml"), Loader=yaml.SafeLoader)
fast = yaml.load(open("fast.yml"), yaml.CSafeLoader)
documents = list(yaml.load_all(open("docs.yml"), Loader=SafeLoader))
weights = torch.load("weights.pt", weights_only=True)
matrix = np.load("matrix.npy")
frame = pd.read_csv("frame.csv")
from ruamel.yaml import YAML


def read_config(blob):
    # ruamel.yaml: an instance made with typ="safe" builds plain data only
    yaml = YAML(typ="safe")
    return yaml.load(blob)


class ConfigLoader(yaml.SafeLoader):
    def __init__(self, stream):
        yaml.SafeLoader.__init__(self, stream)
