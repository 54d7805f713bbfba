"""Large inputs for inversion-count: n random values in [1, high]."""
import random


def generate(n: str, high: str, seed: str) -> str:
    rng = random.Random(int(seed))
    count, top = int(n), int(high)
    return f"{count}\n{' '.join(str(rng.randint(1, top)) for _ in range(count))}\n"
