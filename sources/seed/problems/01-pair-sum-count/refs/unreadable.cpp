#include <bits/stdc++.h>
int main(){long long n,t,x,r=0;std::cin>>n>>t;std::unordered_map<long long,long long>m;while(n--){std::cin>>x;if(m.count(t-x))r+=m[t-x];m[x]++;}std::cout<<r<<"\n";}
