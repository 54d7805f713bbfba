import random

LIMIT = 10**15


class TooLarge(Exception):
    pass


def _checked(value: int) -> int:
    if abs(value) > LIMIT:
        raise TooLarge
    return value


def _factor(rng: random.Random, depth: int, allow_unary: bool) -> tuple[str, int]:
    roll = rng.random()
    if allow_unary and roll < 0.12:
        text, value = _factor(rng, depth, False)
        return "-" + text, _checked(-value)
    if depth > 0 and roll < 0.35:
        text, value = _expression(rng, depth - 1)
        return "(" + text + ")", value
    value = rng.choice([rng.randint(0, 9), rng.randint(10, 999), rng.randint(1000, 99999)])
    return str(value), value


def _term(rng: random.Random, depth: int, allow_unary: bool) -> tuple[str, int]:
    text, value = _factor(rng, depth, allow_unary)
    for _ in range(rng.choice([0, 0, 1, 1, 2])):
        right_text, right_value = _factor(rng, depth, False)
        text, value = text + rng.choice(["*", " * "]) + right_text, _checked(value * right_value)
    return text, value


def _expression(rng: random.Random, depth: int) -> tuple[str, int]:
    text, value = _term(rng, depth, True)
    for _ in range(rng.randint(0, 6)):
        op = rng.choice("+-")
        right_text, right_value = _term(rng, depth, True)
        if right_text.startswith("-"):
            text += f" {op} " + right_text
        else:
            text += rng.choice([op, f" {op} "]) + right_text
        value = _checked(value + right_value if op == "+" else value - right_value)
    return text, value


def generate(n: str, depth: str, seed: str) -> str:
    rng = random.Random(int(seed))
    lines = []
    while len(lines) < int(n):
        try:
            lines.append(_expression(rng, int(depth))[0])
        except TooLarge:
            continue
    return f"{len(lines)}\n" + "".join(line + "\n" for line in lines)
