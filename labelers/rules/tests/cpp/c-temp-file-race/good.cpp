#include <stdio.h>
int main(void) {
    FILE *f = tmpfile();
    return f == NULL;
}
