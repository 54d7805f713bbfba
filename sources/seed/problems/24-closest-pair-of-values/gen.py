import random


def generate(n, seed):
    """n distinct values spread over the whole range, so the closest pair is far apart in the input."""
    rng = random.Random(int(seed))
    n = int(n)
    values = rng.sample(range(-10**9, 10**9), n)
    return f"{n}\n{' '.join(map(str, values))}\n"
