import java.io.*;
public class Main{public static void main(String[] a)throws IOException{StreamTokenizer s=new StreamTokenizer(new BufferedInputStream(System.in));s.nextToken();int n=(int)s.nval,z=0;long[] t=new long[n+1];for(int i=0;i<n;i++){s.nextToken();long x=(long)s.nval;int l=0,h=z;while(l<h){int m=(l+h)/2;if(t[m]<x)l=m+1;else h=m;}t[l]=x;if(l==z)z++;}System.out.println(z);}}
