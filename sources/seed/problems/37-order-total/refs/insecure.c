#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n = 0;
    char quantity_text[32], price_text[32];
    if (scanf("%d", &n) != 1) return 0;
    long long total = 0;
    for (int i = 0; i < n && scanf("%31s %31s", quantity_text, price_text) == 2; i++) {
        int quantity = atoi(quantity_text);
        int price = atoi(price_text);
        int line = quantity * price;
        total += line;
    }
    printf("%lld\n", total);
    return 0;
}
