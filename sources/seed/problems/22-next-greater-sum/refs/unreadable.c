#include <stdio.h>
#include <stdlib.h>
int main(void){int n,k=0,i;long long t=0,*a,*s;if(scanf("%d",&n)!=1)return 0;a=malloc(8*(n+1));s=malloc(8*(n+1));for(i=0;i<n;i++)scanf("%lld",a+i);for(i=n-1;i>=0;i--){while(k&&s[k-1]<=a[i])k--;t+=k?s[k-1]:-1;s[k++]=a[i];}printf("%lld\n",t);return 0;}
