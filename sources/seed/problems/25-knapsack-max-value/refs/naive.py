import sys

sys.setrecursionlimit(10000)
data = list(map(int, sys.stdin.read().split()))
n, capacity = data[0], data[1]
weights = data[2::2][:n]
values = data[3::2][:n]


def best(i, room):
    # try both leaving item i out and putting it in
    if i == n:
        return 0
    result = best(i + 1, room)
    if weights[i] <= room:
        result = max(result, values[i] + best(i + 1, room - weights[i]))
    return result


print(best(0, capacity))
