import random


def generate(n: str, max_quantity: str, max_price: str, seed: str) -> str:
    rng = random.Random(int(seed))
    lines = [f"{rng.randint(0, int(max_quantity))} {rng.randint(0, int(max_price))}" for _ in range(int(n))]
    return f"{len(lines)}\n" + "".join(line + "\n" for line in lines)
