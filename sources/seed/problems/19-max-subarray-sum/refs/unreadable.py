import sys
i=sys.stdin.buffer;i.readline();b=None;e=0
for l in i:
 x=int(l);e=x if e+x<x else e+x
 if b is None or e>b:b=e
print(b)
