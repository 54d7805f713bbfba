#include <cstdio>
int main(){long long n,b=0,e=0,x,i;if(scanf("%lld",&n)!=1)return 0;for(i=0;i<n&&scanf("%lld",&x)==1;i++){e=e+x>x?e+x:x;if(!i||e>b)b=e;}printf("%lld\n",b);}
