#include <bits/stdc++.h>
static char B[65536];static size_t L,Q;static int next_byte(void){if(Q==L){L=fread(B,1,65536,stdin);Q=0;if(!L)return -1;}return(unsigned char)B[Q++];}
int main(){long n,i;int c;size_t k,m;bool g;std::string a;n=0;while((c=next_byte())!=10&&c!=-1)if(c>47&&c<58)n=n*10+c-48;while((c=next_byte())!=-1&&c!=10)if(c!=13)a+=(char)c;k=a.size();for(i=1;i<n;i++){m=0;g=1;while((c=next_byte())!=-1&&c!=10){if(c==13)continue;if(g&&m<k&&c==a[m])m++;else g=0;}k=std::min(k,m);}printf("%zu\n",k);}
