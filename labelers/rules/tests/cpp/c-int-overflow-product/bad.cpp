#include <stdlib.h>
long long line(const char *q, const char *p) {
    int quantity = std::atoi(q);
    int price = std::atoi(p);
    int line = quantity * price;
    return line;
}
