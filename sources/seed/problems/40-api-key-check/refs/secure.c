#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char name[32];
    char secret[72];
} Client;

static int compare_clients(const void *a, const void *b) {
    return strcmp(((const Client *)a)->name, ((const Client *)b)->name);
}

/* Looks at every byte of the longer key, so the time does not reveal where the keys differ. */
static int fixed_time_equal(const char *secret, const char *presented) {
    size_t secret_length = strlen(secret), presented_length = strlen(presented);
    size_t length = secret_length > presented_length ? secret_length : presented_length;
    unsigned difference = (unsigned)(secret_length ^ presented_length);
    for (size_t i = 0; i < length; i++) {
        unsigned char a = i < secret_length ? (unsigned char)secret[i] : 0;
        unsigned char b = i < presented_length ? (unsigned char)presented[i] : 0;
        difference |= (unsigned)(a ^ b);
    }
    return difference == 0;
}

int main(void) {
    int m = 0, n = 0, accepted = 0;
    if (scanf("%d", &m) != 1) return 0;
    Client *clients = calloc((size_t)(m > 0 ? m : 1), sizeof(Client));
    if (clients == NULL) return 1;
    for (int i = 0; i < m; i++) {
        if (scanf("%31s %71s", clients[i].name, clients[i].secret) != 2) return 1;
    }
    qsort(clients, (size_t)m, sizeof(Client), compare_clients);
    if (scanf("%d", &n) != 1) return 1;
    Client request;
    for (int i = 0; i < n; i++) {
        if (scanf("%31s %71s", request.name, request.secret) != 2) return 1;
        const Client *client = bsearch(&request, clients, (size_t)m, sizeof(Client), compare_clients);
        if (client && fixed_time_equal(client->secret, request.secret)) accepted++;
    }
    printf("%d %d\n", accepted, n - accepted);
    free(clients);
    return 0;
}
