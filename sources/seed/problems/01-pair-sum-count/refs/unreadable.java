import java.io.*;import java.util.*;
public class Main{public static void main(String[] a)throws IOException{StreamTokenizer s=new StreamTokenizer(new BufferedInputStream(System.in));s.nextToken();int n=(int)s.nval;s.nextToken();long t=(long)s.nval,r=0;HashMap<Long,Long>m=new HashMap<>();
for(int i=0;i<n;i++){s.nextToken();long x=(long)s.nval;Long c=m.get(t-x);if(c!=null)r+=c;m.put(x,m.getOrDefault(x,0L)+1);}System.out.println(r);}}
