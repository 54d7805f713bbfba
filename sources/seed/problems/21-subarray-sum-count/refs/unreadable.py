import sys
d=sys.stdin.buffer.read().split();n=int(d[0]);t=int(d[1]);m={0:1};p=0;r=0
for x in d[2:2+n]:
 p+=int(x);r+=m.get(p-t,0);m[p]=m.get(p,0)+1
print(r)
