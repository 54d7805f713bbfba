import random


def generate(n, distinct, seed):
    """n values drawn from a pool of `distinct` random values (every pool value appears at least once)."""
    rng = random.Random(int(seed))
    n, distinct = int(n), int(distinct)
    pool = rng.sample(range(-10**9, 10**9), distinct)
    values = pool + [rng.choice(pool) for _ in range(n - distinct)]
    rng.shuffle(values)
    return f"{n}\n" + "".join(f"{v}\n" for v in values)
