using System;
class Program{static void Main(){var d=Console.In.ReadToEnd().Split((char[])null,StringSplitOptions.RemoveEmptyEntries);int n=int.Parse(d[0]),z=0;var t=new long[n+1];for(int i=0;i<n;i++){long x=long.Parse(d[i+1]);int l=0,h=z;while(l<h){int m=(l+h)/2;if(t[m]<x)l=m+1;else h=m;}t[l]=x;if(l==z)z++;}Console.WriteLine(z);}}
