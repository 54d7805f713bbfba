a=STDIN.read.split.map(&:to_i);t=[];a[1,a[0]].each{|x|t[t.bsearch_index{|y|y>=x}||t.size]=x};p t.size
