using System;
class Program{static void Main(){var d=Console.In.ReadToEnd().Split((char[])null,StringSplitOptions.RemoveEmptyEntries);int n=int.Parse(d[0]),k=0,i;var s=new long[n+1];long t=0;for(i=n;i>0;i--){long x=long.Parse(d[i]);while(k>0&&s[k-1]<=x)k--;t+=k>0?s[k-1]:-1;s[k++]=x;}Console.WriteLine(t);}}
