import sys
l=sys.stdin.read().split("\n");s=l[1].strip() if len(l)>1 else "";k=[];d=0
for c in s:
 o=ord(c)
 if o in(41,93,125):
  if not k or k.pop()!=(o-1 if o==41 else o-2):d=-9;break
 else:
  k.append(o);d=max(d,len(k))
print(-1 if k or d<0 else d)
