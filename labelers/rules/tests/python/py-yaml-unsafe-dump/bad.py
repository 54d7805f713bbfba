import yaml


def save_settings(settings, path):
    with open(path, "w") as handle:
        yaml.dump(settings, handle, default_flow_style=False)
