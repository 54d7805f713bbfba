#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

/* Salted SHA-256 password store (C has no crypto library in its standard library). */

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

#define ROTR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void sha256_block(uint32_t state[8], const unsigned char block[64]) {
    uint32_t w[64], v[8];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)block[4 * i] << 24 | (uint32_t)block[4 * i + 1] << 16 | (uint32_t)block[4 * i + 2] << 8 | block[4 * i + 3];
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = ROTR(w[i - 15], 7) ^ ROTR(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ROTR(w[i - 2], 17) ^ ROTR(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    memcpy(v, state, sizeof v);
    for (int i = 0; i < 64; i++) {
        uint32_t t1 = v[7] + (ROTR(v[4], 6) ^ ROTR(v[4], 11) ^ ROTR(v[4], 25)) + ((v[4] & v[5]) ^ (~v[4] & v[6])) + K[i] + w[i];
        uint32_t t2 = (ROTR(v[0], 2) ^ ROTR(v[0], 13) ^ ROTR(v[0], 22)) + ((v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]));
        memmove(v + 1, v, 7 * sizeof(uint32_t));
        v[4] += t1;
        v[0] = t1 + t2;
    }
    for (int i = 0; i < 8; i++) state[i] += v[i];
}

/* Digest of salt || password; both are short, so the message fits a fixed buffer. */
static void salted_sha256(const unsigned char salt[16], const char *password, unsigned char out[32]) {
    unsigned char message[128] = {0};
    size_t length = strlen(password);
    memcpy(message, salt, 16);
    memcpy(message + 16, password, length);
    length += 16;
    message[length] = 0x80;
    size_t blocks = length + 9 <= 64 ? 1 : 2;
    uint64_t bits = (uint64_t)length * 8;
    for (int i = 0; i < 8; i++) message[blocks * 64 - 1 - i] = (unsigned char)(bits >> (8 * i));
    uint32_t state[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    for (size_t b = 0; b < blocks; b++) sha256_block(state, message + 64 * b);
    for (int i = 0; i < 32; i++) out[i] = (unsigned char)(state[i / 4] >> (24 - 8 * (i % 4)));
}

typedef struct {
    char user[24];
    unsigned char salt[16];
    unsigned char hash[32];
    int used;
} Account;

#define TABLE_SIZE 4096

static Account table[TABLE_SIZE];

static Account *find_slot(const char *user) {
    uint32_t h = 2166136261u;
    for (const char *p = user; *p; p++) h = (h ^ (unsigned char)*p) * 16777619u;
    for (uint32_t i = h % TABLE_SIZE;; i = (i + 1) % TABLE_SIZE) {
        if (!table[i].used || strcmp(table[i].user, user) == 0) return &table[i];
    }
}

static int fixed_time_equal(const unsigned char *a, const unsigned char *b, size_t length) {
    unsigned char difference = 0;
    for (size_t i = 0; i < length; i++) difference |= a[i] ^ b[i];
    return difference == 0;
}

int main(void) {
    int n = 0, created = 0, refused = 0, ok = 0, denied = 0;
    char action[16], user[24], password[24];
    if (scanf("%d", &n) != 1) return 0;
    for (int i = 0; i < n && scanf("%15s %23s %23s", action, user, password) == 3; i++) {
        Account *slot = find_slot(user);
        if (strcmp(action, "register") == 0) {
            if (slot->used) {
                refused++;
                continue;
            }
            slot->used = 1;
            memcpy(slot->user, user, sizeof slot->user);
            if (getrandom(slot->salt, sizeof slot->salt, 0) != (ssize_t)sizeof slot->salt) return 1;
            salted_sha256(slot->salt, password, slot->hash);
            created++;
        } else {
            unsigned char attempt[32];
            if (slot->used) salted_sha256(slot->salt, password, attempt);
            if (slot->used && fixed_time_equal(slot->hash, attempt, sizeof attempt)) ok++;
            else denied++;
        }
    }
    printf("%d %d %d %d\n", created, refused, ok, denied);
    return 0;
}
