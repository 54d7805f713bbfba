import random


def generate(n, q, mean_length, seed):
    """n random values and q ranges whose lengths are spread around mean_length."""
    rng = random.Random(int(seed))
    n, q, mean = int(n), int(q), int(mean_length)
    values = [rng.randint(0, 10**9) for _ in range(n)]
    lines = [f"{n} {q}", " ".join(map(str, values))]
    for _ in range(q):
        length = min(n, max(1, rng.randint(mean // 2, mean * 3 // 2)))
        left = rng.randint(1, n - length + 1)
        lines.append(f"{left} {left + length - 1}")
    return "\n".join(lines) + "\n"
