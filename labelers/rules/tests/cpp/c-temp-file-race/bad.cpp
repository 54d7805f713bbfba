#include <stdio.h>
int main(void) {
    char name[L_tmpnam];
    tmpnam(name);
    FILE *f = fopen(name, "w");
    return f == NULL;
}
