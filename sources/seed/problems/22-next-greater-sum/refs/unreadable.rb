d=STDIN.read.split.map(&:to_i);s=[];t=0;d[1,d[0]].reverse_each{|x|s.pop while s[0]&&s[-1]<=x;t+=s[0]?s[-1]:-1;s<<x};p t
