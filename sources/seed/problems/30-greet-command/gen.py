import random
import string

ALPHABET = string.ascii_letters + string.digits


def generate(n: str, seed: str) -> str:
    rng = random.Random(int(seed))
    names = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(3, 12))) for _ in range(int(n))]
    return f"{len(names)}\n" + "".join(name + "\n" for name in names)
