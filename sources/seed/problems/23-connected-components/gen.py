import random


def generate(n, paths, path_length, seed):
    """`paths` long paths over randomly chosen vertices (edges shuffled), the other vertices isolated."""
    rng = random.Random(int(seed))
    n, paths, length = int(n), int(paths), int(path_length)
    vertices = list(range(1, n + 1))
    rng.shuffle(vertices)
    edges = []
    for p in range(paths):
        chain = vertices[p * length:(p + 1) * length]
        edges.extend(zip(chain, chain[1:]))
    edges = [(v, u) if rng.random() < 0.5 else (u, v) for u, v in edges]
    rng.shuffle(edges)
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v}\n" for u, v in edges)
