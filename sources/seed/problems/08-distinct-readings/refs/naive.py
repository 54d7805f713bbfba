import sys

data = sys.stdin.buffer.read().split()
distinct = []
for token in data[1:1 + int(data[0])]:
    value = int(token)
    if value not in distinct:
        distinct.append(value)
print(len(distinct))
