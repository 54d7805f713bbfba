using System;using System.Collections.Generic;
class Program{static void Main(){var d=Console.In.ReadToEnd().Split((char[])null,StringSplitOptions.RemoveEmptyEntries);long t=long.Parse(d[1]),r=0,c;var m=new Dictionary<long,long>();
for(int i=2;i<2+int.Parse(d[0]);i++){long x=long.Parse(d[i]);if(m.TryGetValue(t-x,out c))r+=c;m.TryGetValue(x,out c);m[x]=c+1;}Console.WriteLine(r);}}
