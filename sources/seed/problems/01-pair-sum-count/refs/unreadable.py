import sys
d=sys.stdin.buffer.read().split();q=int(d[1]);m={};r=0
for x in d[2:2+int(d[0])]:
 x=int(x)
 if q-x in m:r+=m[q-x]
 m[x]=m.get(x,0)+1
print(r)
