#include <stdio.h>
#include <stdlib.h>
int c(const void*a,const void*b){long long x=*(long long*)a,y=*(long long*)b;return(x>y)-(x<y);}
int main(void){long n,i,l,h,m,u;long long t,*a,r=0;if(scanf("%ld %lld",&n,&t)!=2)return 0;a=malloc(8*(n+1));
for(i=0;i<n;i++)scanf("%lld",a+i);qsort(a,n,8,c);for(i=0;i<n;i++){l=i+1;h=n;while(l<h){m=(l+h)/2;if(a[m]<t-a[i])l=m+1;else h=m;}
u=l;h=n;while(l<h){m=(l+h)/2;if(a[m]<=t-a[i])l=m+1;else h=m;}r+=l-u;}printf("%lld\n",r);return 0;}
