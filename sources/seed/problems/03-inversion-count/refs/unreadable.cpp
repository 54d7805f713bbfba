#include <bits/stdc++.h>
int f[1000001];int main(){long long n,r=0,k,s;int v,i;std::cin>>n;for(k=0;k<n;k++){std::cin>>v;s=0;for(i=v;i>0;i-=i&-i)s+=f[i];r+=k-s;for(i=v;i<=1000000;i+=i&-i)f[i]++;}std::cout<<r<<"\n";}
