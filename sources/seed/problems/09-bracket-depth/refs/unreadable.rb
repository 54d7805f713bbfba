l=STDIN.read.split("\n",-1);s=l.size>1?l[1].strip: '';k=[];d=0
s.each_byte{|o|if [41,93,125].include?(o) then(if k.empty?||k.pop!=(o==41?o-1:o-2) then d=-9;break end)else k<<o;d=k.size if k.size>d end}
p(k.empty?&&d>=0 ? d : -1)
