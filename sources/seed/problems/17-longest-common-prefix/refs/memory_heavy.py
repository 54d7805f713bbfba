import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
strings = [s.decode() for s in data[1:1 + n]]
length = 0
while all(length < len(s) and s[length] == strings[0][length] for s in strings):
    length += 1
print(length)
