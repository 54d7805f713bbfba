#include <bits/stdc++.h>
int main(){std::string s;std::cin>>s;int m=2*s.size()+1,c=0,q=0,b=0,i,r;std::string t(m,35);for(i=0;i<(int)s.size();i++)t[2*i+1]=s[i];std::vector<int>p(m);for(i=0;i<m;i++){r=i<q?std::min(q-i,p[2*c-i]):0;while(i-r>0&&i+r+1<m&&t[i-r-1]==t[i+r+1])r++;p[i]=r;if(i+r>q){c=i;q=i+r;}b=std::max(b,r);}std::cout<<b<<"\n";}
