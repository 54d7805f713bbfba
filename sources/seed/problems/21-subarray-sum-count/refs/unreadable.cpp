#include <bits/stdc++.h>
using namespace std;int main(){int n;long long t,p=0,r=0,x;if(scanf("%d %lld",&n,&t)!=2)return 0;unordered_map<long long,long long>m;m[0]=1;while(n--){scanf("%lld",&x);p+=x;auto i=m.find(p-t);if(i!=m.end())r+=i->second;m[p]++;}printf("%lld\n",r);}
