#include <stdio.h>
static const char *db_password = "s3cr3t-passw0rd";
int main(void) { return db_password[0] == 0; }
