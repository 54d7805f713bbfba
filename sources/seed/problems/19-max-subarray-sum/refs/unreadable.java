import java.io.*;
public class Main{static byte[] u=new byte[65536];static int l,p;static InputStream s=System.in;static int r()throws IOException{if(p==l){l=s.read(u,0,65536);p=0;if(l<=0)return -1;}return u[p++];}
static long g()throws IOException{int c=r();while(c!=-1&&c!=45&&(c<48||c>57))c=r();boolean m=c==45;if(m)c=r();long v=0;while(c>47&&c<58){v=v*10+c-48;c=r();}return m?-v:v;}
public static void main(String[] a)throws IOException{long n=g(),b=Long.MIN_VALUE,e=0;for(long i=0;i<n;i++){long x=g();e=e+x>x?e+x:x;if(e>b)b=e;}System.out.println(b);}}
