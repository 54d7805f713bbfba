#include <stdio.h>
#include <string.h>

#define BASE "/srv/files"

/* Joins the request to BASE, normalises lexically, and prints it only if it stays inside BASE. */
static void resolve(const char *request, char *out, size_t out_size) {
    static char joined[512];
    const char *parts[256];
    size_t lengths[256];
    int count = 0;
    snprintf(joined, sizeof joined, "%s/%s", BASE, request);
    for (char *p = joined; *p;) {
        while (*p == '/') p++;
        if (!*p) break;
        char *start = p;
        while (*p && *p != '/') p++;
        size_t length = (size_t)(p - start);
        if (length == 1 && start[0] == '.') continue;
        if (length == 2 && start[0] == '.' && start[1] == '.') {
            if (count > 0) count--;
            continue;
        }
        parts[count] = start;
        lengths[count++] = length;
    }
    size_t used = 0;
    for (int i = 0; i < count && used + lengths[i] + 2 < out_size; i++) {
        out[used++] = '/';
        memcpy(out + used, parts[i], lengths[i]);
        used += lengths[i];
    }
    if (used == 0) out[used++] = '/';
    out[used] = '\0';
    size_t base_length = strlen(BASE);
    int inside = strncmp(out, BASE, base_length) == 0 && (out[base_length] == '\0' || out[base_length] == '/');
    if (!inside) snprintf(out, out_size, "REJECTED");
}

int main(void) {
    int n = 0;
    char request[256], resolved[512];
    if (scanf("%d", &n) != 1) return 0;
    for (int i = 0; i < n && scanf("%255s", request) == 1; i++) {
        resolve(request, resolved, sizeof resolved);
        puts(resolved);
    }
    return 0;
}
