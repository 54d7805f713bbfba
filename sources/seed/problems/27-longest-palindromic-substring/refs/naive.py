import sys

s = sys.stdin.readline().strip()
n = len(s)
best = 0
for c in range(n):
    for left, right in ((c, c), (c, c + 1)):
        while left >= 0 and right < n and s[left] == s[right]:
            left -= 1
            right += 1
        best = max(best, right - left - 1)
print(best)
