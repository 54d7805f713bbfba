import random


def generate(n, spread, k, seed):
    """n values in [-spread, spread]; small spreads give many matching subarrays."""
    rng = random.Random(int(seed))
    n, spread = int(n), int(spread)
    values = [rng.randint(-spread, spread) for _ in range(n)]
    return f"{n} {int(k)}\n{' '.join(map(str, values))}\n"
