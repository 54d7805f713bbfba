#include <bits/stdc++.h>
int main(){long long n,d=0;std::string s,k;std::cin>>n;if(n)std::cin>>s;for(char c:s){if(c==41||c==93||c==125){if(k.empty()||k.back()!=(c==41?40:c-2)){d=-9;break;}k.pop_back();}else{k+=c;if((long long)k.size()>d)d=k.size();}}std::cout<<(k.size()||d<0?-1:d)<<"\n";}
