import random

HEX = "0123456789abcdef"


def _key(rng: random.Random, length: int) -> str:
    return "".join(rng.choice(HEX) for _ in range(length))


def generate(m: str, n: str, seed: str) -> str:
    rng = random.Random(int(seed))
    secrets = {f"client{i}": _key(rng, rng.choice([16, 32, 64])) for i in range(int(m))}
    names = list(secrets)
    requests = []
    for _ in range(int(n)):
        name = rng.choice(names) if rng.random() < 0.9 else f"ghost{rng.randint(0, 99)}"
        secret = secrets.get(name, _key(rng, 32))
        roll = rng.random()
        if roll < 0.5:
            presented = secret
        elif roll < 0.7:  # right prefix, one wrong digit at the end: the timing attack's favourite
            presented = secret[:-1] + HEX[(HEX.index(secret[-1]) + 1) % 16]
        elif roll < 0.85:
            presented = secret[: rng.randint(1, len(secret) - 1)]
        else:
            presented = _key(rng, len(secret))
        requests.append(f"{name} {presented}")
    head = f"{len(secrets)}\n" + "".join(f"{name} {key}\n" for name, key in secrets.items())
    return head + f"{len(requests)}\n" + "".join(line + "\n" for line in requests)
