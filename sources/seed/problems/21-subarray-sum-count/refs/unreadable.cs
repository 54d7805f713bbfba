using System;using System.Collections.Generic;
class Program{static void Main(){var d=Console.In.ReadToEnd().Split((char[])null,StringSplitOptions.RemoveEmptyEntries);int n=int.Parse(d[0]);long t=long.Parse(d[1]),p=0,r=0,c;var m=new Dictionary<long,long>();m[0]=1;for(int i=0;i<n;i++){p+=long.Parse(d[i+2]);if(m.TryGetValue(p-t,out c))r+=c;m.TryGetValue(p,out c);m[p]=c+1;}Console.WriteLine(r);}}
