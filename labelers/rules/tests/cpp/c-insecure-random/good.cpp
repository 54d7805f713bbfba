#include <stdio.h>
int main(void) {
    unsigned int value = 0;
    FILE *f = fopen("/dev/urandom", "rb");
    if (f && fread(&value, sizeof value, 1, f) == 1) printf("%u\n", value);
    if (f) fclose(f);
    return 0;
}
