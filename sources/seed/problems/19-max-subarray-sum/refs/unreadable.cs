using System;using System.IO;
class Program{static Stream s=Console.OpenStandardInput();static byte[] u=new byte[65536];static int l,p;static int r(){if(p==l){l=s.Read(u,0,65536);p=0;if(l<=0)return -1;}return u[p++];}
static long g(){int c=r();while(c!=-1&&c!=45&&(c<48||c>57))c=r();bool m=c==45;if(m)c=r();long v=0;while(c>47&&c<58){v=v*10+c-48;c=r();}return m?-v:v;}
static void Main(){long n=g(),b=long.MinValue,e=0;for(long i=0;i<n;i++){long x=g();e=e+x>x?e+x:x;if(e>b)b=e;}Console.WriteLine(b);}}
