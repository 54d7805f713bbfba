import random


def generate(n, capacity, load_percent, seed):
    """n items whose weights add up to about load_percent % of the capacity (values loosely tied to weights).

    A load a little above 100 % means almost every subset fits, so subset enumeration cannot prune.
    """
    rng = random.Random(int(seed))
    n, capacity, load = int(n), int(capacity), int(load_percent)
    mean_weight = max(1, capacity * load // 100 // max(n, 1))
    lines = [f"{n} {capacity}"]
    for _ in range(n):
        weight = rng.randint(max(1, mean_weight // 2), mean_weight * 3 // 2)
        value = weight * rng.randint(20, 40) + rng.randint(0, 999)
        lines.append(f"{weight} {value}")
    return "\n".join(lines) + "\n"
