"""Large inputs for bounded-mode: n readings in [0, high), skewed so one value wins."""
import random


def generate(n: str, high: str, seed: str) -> str:
    rng = random.Random(int(seed))
    count, top = int(n), int(high)
    values = [min(rng.randrange(top), rng.randrange(top)) for _ in range(count)]
    return f"{count}\n" + "\n".join(map(str, values)) + "\n"
