import subprocess
import sys

CHUNK = 200


def main() -> None:
    lines = sys.stdin.read().split()
    n = int(lines[0]) if lines else 0
    names = lines[1:1 + n]
    for start in range(0, len(names), CHUNK):
        command = "; ".join(f"echo Hello, {name}!" for name in names[start:start + CHUNK])
        sys.stdout.write(subprocess.check_output(command, shell=True).decode())


main()
