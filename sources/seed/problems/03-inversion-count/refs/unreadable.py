import sys
d=sys.stdin.buffer.read().split();f=[0]*1000001;r=0
for k,v in enumerate(d[1:1+int(d[0])]):
 v=int(v);i=v;s=0
 while i>0:s+=f[i];i-=i&-i
 r+=k-s;i=v
 while i<=1000000:f[i]+=1;i+=i&-i
print(r)
