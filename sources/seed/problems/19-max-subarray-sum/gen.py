import random


def generate(n, spread, bias, seed):
    """n values in [-spread + bias, spread + bias]."""
    rng = random.Random(int(seed))
    n, spread, bias = int(n), int(spread), int(bias)
    return f"{n}\n" + "".join(f"{rng.randint(-spread, spread) + bias}\n" for _ in range(n))
