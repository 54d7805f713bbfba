d=STDIN.read.split.map(&:to_i);n,t=d[0],d[1];m=Hash.new(0);m[0]=1;p=0;r=0
d[2,n].each{|x|p+=x;r+=m[p-t];m[p]+=1}
p r
