#include <stdio.h>
#include <stdlib.h>
int main(void){long n,i,z=0,d=0;char*s,*k;if(scanf("%ld",&n)!=1)return 0;s=malloc(n+2);k=malloc(n+2);if(!n||scanf("%s",s)!=1)*s=0;for(i=0;s[i];i++){if(s[i]==41||s[i]==93||s[i]==125){if(!z||k[--z]!=(s[i]==41?40:s[i]-2)){d=-9;break;}}else{k[z++]=s[i];if(z>d)d=z;}}printf("%ld\n",z||d<0?-1L:d);return 0;}
