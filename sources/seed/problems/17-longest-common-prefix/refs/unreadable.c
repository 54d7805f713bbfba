#include <stdio.h>
#include <stdlib.h>
static char B[65536];static size_t L,Q;static int next_byte(void){if(Q==L){L=fread(B,1,65536,stdin);Q=0;if(!L)return -1;}return(unsigned char)B[Q++];}
int main(void){long n,i;size_t z=64,f=0,k,m;int c,g;char*a=malloc(z);n=0;while((c=next_byte())!=10&&c!=-1)if(c>47&&c<58)n=n*10+c-48;while((c=next_byte())!=-1&&c!=10){if(c==13)continue;if(f==z)a=realloc(a,z*=2);a[f++]=c;}k=f;for(i=1;i<n;i++){m=0;g=1;while((c=next_byte())!=-1&&c!=10){if(c==13)continue;if(g&&m<k&&c==a[m])m++;else g=0;}if(m<k)k=m;}printf("%zu\n",k);return 0;}
