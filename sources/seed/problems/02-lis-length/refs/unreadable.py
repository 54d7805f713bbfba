import sys,bisect as b
z=sys.stdin.buffer.read().split();t=[]
for q in z[1:1+int(z[0])]:
 q=int(q);j=b.bisect_left(t,q)
 if j<len(t):t[j]=q
 else:t+=[q]
print(len(t))
