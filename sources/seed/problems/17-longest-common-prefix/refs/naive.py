import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
strings = data[1:1 + n]
first = strings[0]
answer = 0
# try every prefix length of the first string, longest first, checking all strings each time
for length in range(len(first), -1, -1):
    candidate = first[:length]
    if all(s.startswith(candidate) for s in strings):
        answer = length
        break
print(answer)
