import random


def generate(n, other_per_mille, seed):
    """Mostly 'a' with a few other letters sprinkled in: long near-palindromic stretches everywhere."""
    rng = random.Random(int(seed))
    n, rate = int(n), int(other_per_mille)
    letters = ["a" if rng.randint(1, 1000) > rate else rng.choice("bcd") for _ in range(n)]
    return "".join(letters) + "\n"
