d=STDIN.read.split.map(&:to_i);h=Hash.new(0);r=0
d[2,d[0]].each{|x|r+=h[d[1]-x];h[x]+=1}
p r
