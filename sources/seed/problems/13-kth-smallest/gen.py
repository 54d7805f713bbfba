"""Large inputs for kth-smallest: n values in [-span, span] and the rank k."""
import random


def generate(n: str, k: str, span: str, seed: str) -> str:
    rng = random.Random(int(seed))
    count, limit = int(n), int(span)
    return f"{count} {k}\n{' '.join(str(rng.randint(-limit, limit)) for _ in range(count))}\n"
