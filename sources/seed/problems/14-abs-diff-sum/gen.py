"""Large inputs for abs-diff-sum: n values in [0, span]."""
import random


def generate(n: str, span: str, seed: str) -> str:
    rng = random.Random(int(seed))
    count, limit = int(n), int(span)
    return f"{count}\n{' '.join(str(rng.randint(0, limit)) for _ in range(count))}\n"
