"""Large inputs for coin-change-ways: n distinct denominations in [1, high], target amount s."""
import random


def generate(n: str, s: str, high: str, seed: str) -> str:
    rng = random.Random(int(seed))
    coins = rng.sample(range(1, int(high) + 1), int(n))
    return f"{n} {s}\n{' '.join(map(str, coins))}\n"
