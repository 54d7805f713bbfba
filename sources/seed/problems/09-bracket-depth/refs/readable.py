"""Maximum nesting depth of a bracket string, or -1 when it is not balanced."""
import sys

OPENER_OF = {")": "(", "]": "[", "}": "{"}
UNBALANCED = -1


def read_brackets() -> str:
    lines = sys.stdin.read().split("\n")
    return lines[1].strip() if len(lines) > 1 else ""


def nesting_depth(brackets: str) -> int:
    """Keep the open brackets on a stack; a closer must match the most recent opener."""
    open_brackets: list[str] = []
    deepest = 0
    for bracket in brackets:
        if bracket in OPENER_OF:
            if not open_brackets or open_brackets.pop() != OPENER_OF[bracket]:
                return UNBALANCED
        else:
            open_brackets.append(bracket)
            deepest = max(deepest, len(open_brackets))
    return deepest if not open_brackets else UNBALANCED


if __name__ == "__main__":
    print(nesting_depth(read_brackets()))
