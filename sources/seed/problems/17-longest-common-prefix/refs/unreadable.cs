using System;using System.IO;
class Program{static Stream s=Console.OpenStandardInput();static byte[] u=new byte[65536];static int l,p;static int r(){if(p==l){l=s.Read(u,0,65536);p=0;if(l<=0)return -1;}return u[p++];}
static void Main(){int c,n=0,f=0,k,m,i;bool g;var a=new byte[1024];while((c=r())!=-1&&c!=10)if(c>47&&c<58)n=n*10+c-48;while((c=r())!=-1&&c!=10)if(c!=13)a[f++]=(byte)c;k=f;for(i=1;i<n;i++){m=0;g=true;while((c=r())!=-1&&c!=10){if(c==13)continue;if(g&&m<k&&c==a[m])m++;else g=false;}if(m<k)k=m;}Console.WriteLine(k);}}
