import random


def generate(length_a, length_b, alphabet, seed):
    """Two random strings over the first `alphabet` letters (small alphabets give long common subsequences)."""
    rng = random.Random(int(seed))
    letters = "abcdefghijklmnopqrstuvwxyz"[: int(alphabet)]
    a = "".join(rng.choice(letters) for _ in range(int(length_a)))
    b = "".join(rng.choice(letters) for _ in range(int(length_b)))
    return f"{a}\n{b}\n"
