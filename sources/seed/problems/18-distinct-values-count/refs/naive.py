import sys

lines = sys.stdin.buffer
n = int(lines.readline() or 0)
distinct = []
for line in lines:
    value = int(line)
    if value not in distinct:  # linear scan of everything seen so far
        distinct.append(value)
print(len(distinct))
