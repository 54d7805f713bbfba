import random


def generate(n: str, min_size: str, max_size: str, seed: str) -> str:
    rng = random.Random(int(seed))
    lines = [f"user{rng.randint(1, 500)} {rng.randint(int(min_size), int(max_size))}" for _ in range(int(n))]
    return f"{len(lines)}\n" + "".join(line + "\n" for line in lines)
