"""Large inputs for pair-sum-count: n values in [-span, span], target chosen from the range."""
import random


def generate(n: str, span: str, seed: str) -> str:
    rng = random.Random(int(seed))
    count, limit = int(n), int(span)
    values = [rng.randint(-limit, limit) for _ in range(count)]
    target = rng.randint(-limit, limit)
    return f"{count} {target}\n{' '.join(map(str, values))}\n"
