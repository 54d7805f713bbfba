STDIN.gets;b=nil;e=0;STDIN.each_line{|l|x=l.to_i;e=e+x<x ? x : e+x;b=e if !b||e>b};p b
