#include <stdio.h>
int main(void) {
    char word[32];
    int n;
    scanf("%31s %d", word, &n);
    printf("%s %d\n", word, n);
    return 0;
}
