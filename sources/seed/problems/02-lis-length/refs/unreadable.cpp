#include <bits/stdc++.h>
int main(){long long n,x;std::cin>>n;std::vector<long long>t;while(n--){std::cin>>x;auto i=std::lower_bound(t.begin(),t.end(),x);if(i==t.end())t.push_back(x);else*i=x;}std::cout<<t.size()<<"\n";}
