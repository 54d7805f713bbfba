#include <stdio.h>
#include <stdlib.h>
int main(void){long n,i,l,h,m,z=0;long long x,*t;if(scanf("%ld",&n)!=1)return 0;t=malloc(8*(n+1));for(i=0;i<n;i++){scanf("%lld",&x);l=0;h=z;while(l<h){m=(l+h)/2;if(t[m]<x)l=m+1;else h=m;}t[l]=x;if(l==z)z++;}printf("%ld\n",z);return 0;}
