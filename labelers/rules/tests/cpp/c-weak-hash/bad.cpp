#include <openssl/md5.h>
#include <stddef.h>

void fingerprint(const unsigned char *data, size_t length, unsigned char digest[MD5_DIGEST_LENGTH]) {
    MD5(data, length, digest);
}
