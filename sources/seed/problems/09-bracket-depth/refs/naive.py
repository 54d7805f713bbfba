import re
import sys

lines = sys.stdin.read().split("\n")
text = lines[1].strip() if len(lines) > 1 else ""
innermost = re.compile(r"\(\)|\[\]|\{\}")
rounds = 0
while text:
    shorter = innermost.sub("", text)
    if shorter == text:
        break
    text = shorter
    rounds += 1
print(-1 if text else rounds)
