import sys
d=sys.stdin.buffer.read().split();n=int(d[0]);m=int(d[1]);p=list(range(n+1));c=n
for i in range(m):
 a=int(d[2+2*i]);b=int(d[3+2*i])
 while p[a]!=a:p[a]=p[p[a]];a=p[a]
 while p[b]!=b:p[b]=p[p[b]];b=p[b]
 if a!=b:p[b]=a;c-=1
print(c)
