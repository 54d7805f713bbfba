import sys
t="#"+"#".join(sys.stdin.readline().strip())+"#";m=len(t);p=[0]*m;c=q=0
for i in range(m):
 r=min(q-i,p[2*c-i]) if i<q else 0
 while i-r>0 and i+r+1<m and t[i-r-1]==t[i+r+1]:r+=1
 p[i]=r
 if i+r>q:c,q=i,i+r
print(max(p))
