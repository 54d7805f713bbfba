#include <stdlib.h>
int main(void) {
    const char *db_password = getenv("DB_PASSWORD");
    return db_password == NULL;
}
