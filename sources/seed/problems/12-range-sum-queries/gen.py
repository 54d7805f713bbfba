"""Large inputs for range-sum-queries: n values in [-span, span] and q random ranges."""
import random


def generate(n: str, q: str, span: str, seed: str) -> str:
    rng = random.Random(int(seed))
    count, queries, limit = int(n), int(q), int(span)
    lines = [f"{count} {queries}", " ".join(str(rng.randint(-limit, limit)) for _ in range(count))]
    for _ in range(queries):
        left, right = sorted((rng.randint(1, count), rng.randint(1, count)))
        lines.append(f"{left} {right}")
    return "\n".join(lines) + "\n"
