d=STDIN.read.split.map(&:to_i);f=Array.new(1000001,0);r=0
d[1,d[0]].each_with_index{|v,k|i=v;s=0;(s+=f[i];i-=i&-i)while i>0;r+=k-s;i=v;(f[i]+=1;i+=i&-i)while i<=1000000}
p r
