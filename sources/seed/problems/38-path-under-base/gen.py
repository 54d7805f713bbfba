import random
import string

NAMES = ["docs", "img", "a", "b", "css", "v1", "index.html", "logo.png", "x.txt", "data"]


def _request(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.15:
        # escapes at the very start: rejected by both the careful and the naive check
        return "../" * rng.randint(1, 3) + "/".join(rng.choice(NAMES) for _ in range(rng.randint(0, 3)))
    parts = []
    depth = 0
    for _ in range(rng.randint(1, 8)):
        step = rng.random()
        if step < 0.15 and depth > 0:
            parts.append("..")
            depth -= 1
        elif step < 0.25:
            parts.append(rng.choice([".", ""]))
        else:
            parts.append(rng.choice(NAMES) if rng.random() < 0.7 else "".join(rng.choice(string.ascii_lowercase) for _ in range(5)))
            depth += 1
    text = "/".join(parts)
    if not text or text.startswith(".."):
        text = "x/" + text
    if rng.random() < 0.2:
        text = "/" + text
    if rng.random() < 0.1:
        text += "/"
    return text


def generate(n: str, seed: str) -> str:
    rng = random.Random(int(seed))
    requests = [_request(rng) for _ in range(int(n))]
    return f"{len(requests)}\n" + "".join(r + "\n" for r in requests)
