#include <stdlib.h>
long long line(const char *q, const char *p) {
    int quantity = atoi(q);
    int price = atoi(p);
    int line = quantity * price;
    return line;
}
