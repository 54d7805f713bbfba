#include <bits/stdc++.h>
int main(){int n,i;long long t=0;if(scanf("%d",&n)!=1)return 0;std::vector<long long>a(n),s;for(auto&x:a)scanf("%lld",&x);for(i=n-1;i>=0;i--){while(s.size()&&s.back()<=a[i])s.pop_back();t+=s.size()?s.back():-1;s.push_back(a[i]);}printf("%lld\n",t);}
