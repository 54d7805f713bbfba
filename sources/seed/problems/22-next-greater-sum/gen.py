import random


def generate(n, bump_percent, seed):
    """A falling sequence with occasional bumps, so most positions find their next greater value far away."""
    rng = random.Random(int(seed))
    n, bump = int(n), int(bump_percent)
    values = []
    for i in range(n):
        value = 10 * (n - i) + rng.randint(0, 9)
        if rng.randint(1, 100) <= bump:
            value += rng.randint(0, 300)
        values.append(value)
    return f"{n}\n{' '.join(map(str, values))}\n"
