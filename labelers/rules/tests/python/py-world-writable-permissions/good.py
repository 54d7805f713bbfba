import os


def publish(path, data):
    with open(path, "w") as handle:
        handle.write(data)
    os.chmod(path, 0o644)
