#include <stdio.h>
#include <stdlib.h>
int main(void){long n,k,s;int v,i,*f=calloc(1000001,4);long long r=0;if(scanf("%ld",&n)!=1)return 0;for(k=0;k<n;k++){scanf("%d",&v);s=0;for(i=v;i>0;i-=i&-i)s+=f[i];r+=k-s;for(i=v;i<=1000000;i+=i&-i)f[i]++;}printf("%lld\n",r);return 0;}
