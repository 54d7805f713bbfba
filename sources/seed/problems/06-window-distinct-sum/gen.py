"""Large inputs for window-distinct-sum: n values in [0, high), one per line."""
import random


def generate(n: str, k: str, high: str, seed: str) -> str:
    rng = random.Random(int(seed))
    count, top = int(n), int(high)
    return f"{count} {k}\n" + "\n".join(str(rng.randrange(top)) for _ in range(count)) + "\n"
