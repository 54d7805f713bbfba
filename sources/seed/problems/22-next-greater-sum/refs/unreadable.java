import java.io.*;
public class Main{public static void main(String[] x)throws IOException{StreamTokenizer r=new StreamTokenizer(new BufferedInputStream(System.in));r.nextToken();int n=(int)r.nval,k=0,i;long[] a=new long[n],s=new long[n];long t=0;for(i=0;i<n;i++){r.nextToken();a[i]=(long)r.nval;}for(i=n-1;i>=0;i--){while(k>0&&s[k-1]<=a[i])k--;t+=k>0?s[k-1]:-1;s[k++]=a[i];}System.out.println(t);}}
