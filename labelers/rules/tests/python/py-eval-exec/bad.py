import sys
expr = sys.stdin.readline()
print(eval(expr))
