"""Large inputs for window-best-sum: n readings in [-span, span], one per line."""
import random


def generate(n: str, k: str, span: str, seed: str) -> str:
    rng = random.Random(int(seed))
    count, limit = int(n), int(span)
    lines = [f"{count} {k}"]
    lines.extend(str(rng.randint(-limit, limit)) for _ in range(count))
    return "\n".join(lines) + "\n"
