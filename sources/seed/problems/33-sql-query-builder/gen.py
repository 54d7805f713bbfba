import random
import string

COLUMNS = ["id", "name", "email", "role", "city", "status"]
VALUES = {
    "id": lambda rng: str(rng.randint(1, 10**6)),
    "name": lambda rng: "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 9))),
    "email": lambda rng: "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 8))) + "@example.org",
    "role": lambda rng: rng.choice(["admin", "editor", "viewer", "guest"]),
    "city": lambda rng: rng.choice(["Lisbon", "Oslo", "Lima", "Accra", "Hanoi", "Quito"]),
    "status": lambda rng: rng.choice(["active", "locked", "pending"]),
}


def generate(n: str, seed: str) -> str:
    rng = random.Random(int(seed))
    lines = []
    for _ in range(int(n)):
        columns = [rng.choice(COLUMNS) for _ in range(rng.randint(0, 4))]
        lines.append(" ".join([str(len(columns))] + [f"{c} {VALUES[c](rng)}" for c in columns]))
    return f"{len(lines)}\n" + "".join(line + "\n" for line in lines)
