import random

WORDS = ["great", "site", "thanks", "hello", "from", "Oslo", "nice", "work", "see", "you", "soon", "again", "love",
         "the", "photos", "cheers", "keep", "it", "up", "wow", "2024", "visit", "was", "fun", "really", "cool"]
PUNCTUATION = ["", "", "", ".", "!", "?", ",", ":)", "(really)", "-"]


def generate(n: str, seed: str) -> str:
    rng = random.Random(int(seed))
    lines = []
    for _ in range(int(n)):
        author = rng.choice(["ann", "bob", "chloe", "dmitri", "eve", "farah", "gus"]) + str(rng.randint(1, 99))
        text = " ".join(rng.choice(WORDS) + rng.choice(PUNCTUATION) for _ in range(rng.randint(1, 6)))
        lines.append(f"{author} {text}")
    return f"{len(lines)}\n" + "".join(line + "\n" for line in lines)
