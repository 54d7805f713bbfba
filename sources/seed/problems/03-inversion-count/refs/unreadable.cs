using System;
class Program{static void Main(){var d=Console.In.ReadToEnd().Split((char[])null,StringSplitOptions.RemoveEmptyEntries);int n=int.Parse(d[0]),v,i;var f=new int[1000001];long r=0,t;for(int k=0;k<n;k++){v=int.Parse(d[k+1]);t=0;for(i=v;i>0;i-=i&-i)t+=f[i];r+=k-t;for(i=v;i<=1000000;i+=i&-i)f[i]++;}Console.WriteLine(r);}}
