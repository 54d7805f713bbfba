import random
import string


def generate(template: str, n: str, seed: str) -> str:
    rng = random.Random(int(seed))
    k = template.count("%s")
    records = [
        " ".join("".join(rng.choice(string.ascii_letters + string.digits) for _ in range(rng.randint(1, 10))) for _ in range(k))
        for _ in range(int(n))
    ]
    return f"{template}\n{len(records)}\n" + "".join(record + "\n" for record in records)
