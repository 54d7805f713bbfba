import sys


class Parser:
    """Recursive-descent evaluator for + - * ( ) and unary minus over integers."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def peek(self) -> str:
        while self.pos < len(self.text) and self.text[self.pos] == " ":
            self.pos += 1
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def expression(self) -> int:
        value = self.term()
        while self.peek() in ("+", "-"):
            op = self.text[self.pos]
            self.pos += 1
            value = value + self.term() if op == "+" else value - self.term()
        return value

    def term(self) -> int:
        value = self.factor()
        while self.peek() == "*":
            self.pos += 1
            value *= self.factor()
        return value

    def factor(self) -> int:
        char = self.peek()
        if char == "-":
            self.pos += 1
            return -self.factor()
        if char == "(":
            self.pos += 1
            value = self.expression()
            if self.peek() != ")":
                raise ValueError(f"expected ')' at {self.pos}")
            self.pos += 1
            return value
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos].isdigit():
            self.pos += 1
        if start == self.pos:
            raise ValueError(f"expected a number at {start}")
        return int(self.text[start:self.pos])


def evaluate(text: str) -> int:
    parser = Parser(text.strip())
    value = parser.expression()
    if parser.peek():
        raise ValueError(f"unexpected {parser.peek()!r} at {parser.pos}")
    return value


def main() -> None:
    lines = sys.stdin.read().splitlines()
    n = int(lines[0]) if lines else 0
    print("\n".join(str(evaluate(line)) for line in lines[1:1 + n]))


main()
