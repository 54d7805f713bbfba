"""Large inputs for pairs-with-difference: n values in [-span, span] and the distance k."""
import random


def generate(n: str, span: str, k: str, seed: str) -> str:
    rng = random.Random(int(seed))
    count, bound = int(n), int(span)
    return f"{count} {k}\n{' '.join(str(rng.randint(-bound, bound)) for _ in range(count))}\n"
