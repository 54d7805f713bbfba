import sys

WORD_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789")


def is_valid_handle(handle: str) -> bool:
    """One left-to-right pass: word characters, single separators, no separator at either end."""
    previous_was_separator = True  # a handle may not start with a separator
    for char in handle:
        if char in WORD_CHARS:
            previous_was_separator = False
        elif char in ".-" and not previous_was_separator:
            previous_was_separator = True
        else:
            return False
    return bool(handle) and not previous_was_separator


def main() -> None:
    lines = sys.stdin.read().split()
    n = int(lines[0]) if lines else 0
    print("\n".join("OK" if is_valid_handle(handle) else "BAD" for handle in lines[1:1 + n]))


main()
