#include <stdio.h>
int main(void) {
    char word[32];
    scanf("%s", word);
    printf("%s\n", word);
    return 0;
}
