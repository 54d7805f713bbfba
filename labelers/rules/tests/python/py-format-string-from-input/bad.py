template = input()
print(template % tuple(input().split()))
