#include <bits/stdc++.h>
int main(){int n,m,c,i,a,b;if(scanf("%d %d",&n,&m)!=2)return 0;std::vector<int>p(n+1);std::iota(p.begin(),p.end(),0);c=n;for(i=0;i<m;i++){if(scanf("%d %d",&a,&b)!=2)break;while(p[a]!=a)a=p[a]=p[p[a]];while(p[b]!=b)b=p[b]=p[p[b]];if(a!=b){p[b]=a;c--;}}printf("%d\n",c);}
