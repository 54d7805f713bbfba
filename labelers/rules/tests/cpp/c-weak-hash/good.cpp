#include <openssl/sha.h>
#include <stddef.h>

void fingerprint(const unsigned char *data, size_t length, unsigned char digest[SHA256_DIGEST_LENGTH]) {
    SHA256(data, length, digest);
}
