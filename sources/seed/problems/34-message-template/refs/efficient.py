import sys


def fill(template: str, fields: list[str]) -> str:
    """Substitutes %s placeholders and %% escapes without interpreting the template as a format."""
    out, next_field, i = [], 0, 0
    while i < len(template):
        if template.startswith("%s", i):
            out.append(fields[next_field])
            next_field += 1
            i += 2
        elif template.startswith("%%", i):
            out.append("%")
            i += 2
        else:
            out.append(template[i])
            i += 1
    return "".join(out)


def main() -> None:
    lines = sys.stdin.read().splitlines()
    template = lines[0].rstrip("\r")
    n = int(lines[1])
    print("\n".join(fill(template, line.split()) for line in lines[2:2 + n]))


main()
