import random


def generate(n, length, common, seed):
    """n strings of `length` letters sharing exactly `common` leading letters.

    String i agrees with the first string for a number of letters that decreases with i, and the last string
    diverges exactly at `common`: prefix-by-prefix checks have to walk far down the list before failing.
    """
    rng = random.Random(int(seed))
    n, length, common = int(n), int(length), int(common)
    base = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(length))
    lines = [base]
    for i in range(1, n):
        agree = common + (length - common) * (n - 1 - i) // n
        if agree >= length:
            lines.append(base)
            continue
        other = "b" if base[agree] == "a" else "a"
        tail = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(length - agree - 1))
        lines.append(base[:agree] + other + tail)
    return f"{n}\n" + "".join(line + "\n" for line in lines)
