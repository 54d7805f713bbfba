import random
import string

ALPHABET = string.ascii_letters + string.digits


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(4, 12)))


def generate(n: str, users: str, seed: str) -> str:
    rng = random.Random(int(seed))
    names = [f"u{i}{_word(rng)[:3]}" for i in range(int(users))]
    passwords: dict[str, str] = {}
    lines = []
    for _ in range(int(n)):
        user = rng.choice(names)
        if rng.random() < 0.4:
            passwords.setdefault(user, _word(rng))
            lines.append(f"register {user} {passwords[user] if rng.random() < 0.5 else _word(rng)}")
        else:
            right = passwords.get(user, _word(rng))
            lines.append(f"login {user} {right if rng.random() < 0.6 else _word(rng)}")
    return f"{len(lines)}\n" + "".join(line + "\n" for line in lines)
