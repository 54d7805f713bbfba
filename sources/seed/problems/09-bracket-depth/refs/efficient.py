import sys

lines = sys.stdin.read().split("\n")
text = lines[1].strip() if len(lines) > 1 else ""
closing = {")": "(", "]": "[", "}": "{"}
stack = []
depth = 0
for ch in text:
    if ch in closing:
        if not stack or stack.pop() != closing[ch]:
            depth = -1
            break
    else:
        stack.append(ch)
        depth = max(depth, len(stack))
print(-1 if stack or depth < 0 else depth)
