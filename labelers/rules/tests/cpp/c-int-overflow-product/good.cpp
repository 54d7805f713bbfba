#include <stdlib.h>
long long line(const char *q, const char *p) {
    long long quantity = atoll(q);
    long long price = atoll(p);
    long long line = quantity * price;
    return line;
}
