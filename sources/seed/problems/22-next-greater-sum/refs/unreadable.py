import sys
d=sys.stdin.buffer.read().split();n=int(d[0]);s=[];t=0
for x in map(int,reversed(d[1:1+n])):
 while s and s[-1]<=x:s.pop()
 t+=s[-1] if s else -1;s.append(x)
print(t)
