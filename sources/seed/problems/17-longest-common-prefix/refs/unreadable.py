import sys
i=sys.stdin.buffer;n=int(i.readline());p=i.readline().rstrip(b"\r\n")
for _ in range(n-1):
 l=i.readline().rstrip(b"\r\n")
 while l[:len(p)]!=p:p=p[:-1]
print(len(p))
