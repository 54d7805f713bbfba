n=gets.to_i;p=gets.chomp;(n-1).times{l=gets.chomp;p=p[0...-1] while l[0,p.size]!=p};puts p.size
