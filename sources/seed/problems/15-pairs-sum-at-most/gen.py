"""Large inputs for pairs-sum-at-most: n values in [-span, span] and the limit t."""
import random


def generate(n: str, span: str, limit: str, seed: str) -> str:
    rng = random.Random(int(seed))
    count, bound = int(n), int(span)
    return f"{count} {limit}\n{' '.join(str(rng.randint(-bound, bound)) for _ in range(count))}\n"
