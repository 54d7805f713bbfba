#include <stdio.h>
#include <stdlib.h>
long long*K,*C;char*U;size_t M;size_t f(long long k){size_t s=(size_t)((unsigned long long)k*0x9E3779B97F4A7C15ULL>>20)&M;while(U[s]&&K[s]!=k)s=(s+1)&M;return s;}
int main(void){int n;long long t,p=0,r=0,x;if(scanf("%d %lld",&n,&t)!=2)return 0;size_t z=16;while(z<2*(size_t)n+2)z<<=1;M=z-1;K=calloc(z,8);C=calloc(z,8);U=calloc(z,1);size_t s=f(0);U[s]=1;C[s]=1;for(int i=0;i<n;i++){scanf("%lld",&x);p+=x;s=f(p-t);if(U[s])r+=C[s];s=f(p);U[s]=1;K[s]=p;C[s]++;}printf("%lld\n",r);return 0;}
