#include <stdio.h>
#include <string.h>
char s[200005],t[400011];int p[400011];int main(void){int m,c=0,q=0,b=0,i,r;if(scanf("%200000s",s)!=1)return 0;m=2*strlen(s)+1;for(i=0;i<m;i++)t[i]=i%2?s[i/2]:35;for(i=0;i<m;i++){r=0;if(i<q){r=p[2*c-i];if(q-i<r)r=q-i;}while(i-r>0&&i+r+1<m&&t[i-r-1]==t[i+r+1])r++;p[i]=r;if(i+r>q){c=i;q=i+r;}if(r>b)b=r;}printf("%d\n",b);return 0;}
