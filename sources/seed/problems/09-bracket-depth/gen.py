"""Large inputs for bracket-depth: deeply nested bracket strings, optionally broken at the end."""
import random

PAIRS = ["()", "[]", "{}"]


def generate(n: str, depth: str, broken: str, seed: str) -> str:
    rng = random.Random(int(seed))
    length, peak = int(n), int(depth)
    stack, out = [], []
    while len(out) + len(stack) < length:
        room = length - len(out) - len(stack)
        if stack and (len(stack) >= peak or room < 2 or rng.random() < 0.3):
            out.append(stack.pop()[1])
        else:
            pair = rng.choice(PAIRS)
            stack.append(pair)
            out.append(pair[0])
    out.extend(pair[1] for pair in reversed(stack))
    if broken == "1":
        out[-1] = "]" if out[-1] != "]" else ")"
    return f"{len(out)}\n{''.join(out)}\n"
