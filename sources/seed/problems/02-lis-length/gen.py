"""Large inputs for lis-length: n random values in [-span, span]."""
import random


def generate(n: str, span: str, seed: str) -> str:
    rng = random.Random(int(seed))
    count, limit = int(n), int(span)
    return f"{count}\n{' '.join(str(rng.randint(-limit, limit)) for _ in range(count))}\n"
