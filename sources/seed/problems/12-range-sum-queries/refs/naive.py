import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
a = [int(x) for x in data[2:2 + n]]
answers = []
for i in range(q):
    left, right = int(data[2 + n + 2 * i]), int(data[3 + n + 2 * i])
    answers.append(sum(a[left - 1:right]))
print(sum(answers), max(answers))
