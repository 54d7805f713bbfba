t="##{gets.strip.chars.join('#')}#".bytes;m=t.size;p=[0]*m;c=q=0;m.times{|i|r=i<q ? [q-i,p[2*c-i]].min : 0;r+=1 while i-r>0&&i+r+1<m&&t[i-r-1]==t[i+r+1];p[i]=r;(c=i;q=i+r) if i+r>q};puts p.max
