#include <stdio.h>
#include <stdlib.h>
int main(void){int n,m,c,i,a,b,*p;if(scanf("%d %d",&n,&m)!=2)return 0;p=malloc(4*(n+1));for(i=0;i<=n;i++)p[i]=i;c=n;for(i=0;i<m;i++){if(scanf("%d %d",&a,&b)!=2)break;while(p[a]!=a){p[a]=p[p[a]];a=p[a];}while(p[b]!=b){p[b]=p[p[b]];b=p[b];}if(a!=b){p[b]=a;c--;}}printf("%d\n",c);return 0;}
