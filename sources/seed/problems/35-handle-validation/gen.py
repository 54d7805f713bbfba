import random
import string

WORD = string.ascii_lowercase + string.digits
NOISE = string.ascii_uppercase + "_!@#/+"


def _valid(rng: random.Random) -> str:
    words = ["".join(rng.choice(WORD) for _ in range(rng.randint(1, 8))) for _ in range(rng.randint(1, 6))]
    handle = words[0]
    for word in words[1:]:
        handle += rng.choice(".-") + word
    return handle[:64].rstrip(".-")


def _invalid(rng: random.Random) -> str:
    # Short on purpose: near-miss inputs are what make a backtracking pattern slow.
    chars = list(_valid(rng)[:7])
    kind = rng.randint(0, 3)
    if kind == 0:
        chars.insert(rng.randint(0, len(chars)), rng.choice(NOISE))
    elif kind == 1:
        chars.insert(0, rng.choice(".-"))
    elif kind == 2:
        chars.append(rng.choice(".-"))
    else:
        chars[rng.randrange(len(chars))] = rng.choice(".-") + rng.choice(".-")
    return "".join(chars)


def generate(n: str, seed: str) -> str:
    rng = random.Random(int(seed))
    handles = [_valid(rng) if rng.random() < 0.6 else _invalid(rng) for _ in range(int(n))]
    return f"{len(handles)}\n" + "".join(h + "\n" for h in handles)
