template = input()
print("%s says %s" % tuple(input().split()[:2]))
