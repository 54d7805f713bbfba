using System;
class Program{static void Main(){string s=Console.ReadLine().Trim();int m=2*s.Length+1,c=0,q=0,b=0,i,r;var t=new char[m];for(i=0;i<m;i++)t[i]=i%2==1?s[i/2]:'#';var p=new int[m];for(i=0;i<m;i++){r=i<q?Math.Min(q-i,p[2*c-i]):0;while(i-r>0&&i+r+1<m&&t[i-r-1]==t[i+r+1])r++;p[i]=r;if(i+r>q){c=i;q=i+r;}if(r>b)b=r;}Console.WriteLine(b);}}
