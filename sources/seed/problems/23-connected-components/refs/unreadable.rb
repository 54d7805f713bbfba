d=STDIN.read.split.map(&:to_i);n,m=d[0],d[1];p=(0..n).to_a;c=n;m.times{|i|a=d[2+2*i];b=d[3+2*i];(p[a]=p[p[a]];a=p[a])while p[a]!=a;(p[b]=p[p[b]];b=p[b])while p[b]!=b;(p[b]=a;c-=1)if a!=b};p c
