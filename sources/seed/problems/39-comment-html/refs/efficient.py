import html
import sys


def main() -> None:
    lines = sys.stdin.read().splitlines()
    n = int(lines[0]) if lines else 0
    out = ["<ul>"]
    for line in lines[1:1 + n]:
        author, _, text = line.rstrip("\r").partition(" ")
        out.append(f"<li><b>{html.escape(author)}</b>: {html.escape(text)}</li>")
    out.append("</ul>")
    print("\n".join(out))


main()
