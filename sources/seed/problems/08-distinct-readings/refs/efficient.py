import sys

stream = sys.stdin.buffer
stream.readline()
seen = set()  # only the distinct readings, never the whole log
for line in stream:
    seen.add(int(line))
print(len(seen))
