import java.io.*;
public class Main{public static void main(String[] a)throws IOException{StreamTokenizer s=new StreamTokenizer(new BufferedInputStream(System.in));s.nextToken();int n=(int)s.nval,v,i;int[] f=new int[1000001];long r=0,t;for(int k=0;k<n;k++){s.nextToken();v=(int)s.nval;t=0;for(i=v;i>0;i-=i&-i)t+=f[i];r+=k-t;for(i=v;i<=1000000;i+=i&-i)f[i]++;}System.out.println(r);}}
