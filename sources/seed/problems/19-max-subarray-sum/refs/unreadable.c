#include <stdio.h>
char u[65536];size_t l,q;int r(void){if(q==l){l=fread(u,1,65536,stdin);q=0;if(!l)return -1;}return u[q++];}
long long g(int*k){int c=r();while(c!=-1&&c!=45&&(c<48||c>57))c=r();if(c==-1){*k=0;return 0;}int m=c==45;if(m)c=r();long long v=0;while(c>47&&c<58){v=v*10+c-48;c=r();}*k=1;return m?-v:v;}
int main(void){int k;long long n=g(&k),b=0,e=0,x,i;for(i=0;i<n;i++){x=g(&k);if(!k)break;e=e+x>x?e+x:x;if(!i||e>b)b=e;}printf("%lld\n",b);return 0;}
