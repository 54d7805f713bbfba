#include <array>
#include <cstdint>
#include <cstring>
#include <iostream>
#include <random>
#include <string>
#include <unordered_map>

// Salted SHA-256 password store (C++ has no crypto library in its standard library).
namespace {

const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

using Digest = std::array<unsigned char, 32>;
using Salt = std::array<unsigned char, 16>;

uint32_t rotr(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

void sha256_block(uint32_t state[8], const unsigned char *block) {
    uint32_t w[64], v[8];
    for (int i = 0; i < 16; i++)
        w[i] = uint32_t(block[4 * i]) << 24 | uint32_t(block[4 * i + 1]) << 16 | uint32_t(block[4 * i + 2]) << 8 | block[4 * i + 3];
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    std::memcpy(v, state, sizeof v);
    for (int i = 0; i < 64; i++) {
        uint32_t t1 = v[7] + (rotr(v[4], 6) ^ rotr(v[4], 11) ^ rotr(v[4], 25)) + ((v[4] & v[5]) ^ (~v[4] & v[6])) + K[i] + w[i];
        uint32_t t2 = (rotr(v[0], 2) ^ rotr(v[0], 13) ^ rotr(v[0], 22)) + ((v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]));
        std::memmove(v + 1, v, 7 * sizeof(uint32_t));
        v[4] += t1;
        v[0] = t1 + t2;
    }
    for (int i = 0; i < 8; i++) state[i] += v[i];
}

Digest salted_sha256(const Salt &salt, const std::string &password) {
    std::string message(salt.begin(), salt.end());
    message += password;
    uint64_t bits = uint64_t(message.size()) * 8;
    message += char(0x80);
    while (message.size() % 64 != 56) message += char(0);
    for (int i = 7; i >= 0; i--) message += char(bits >> (8 * i));
    uint32_t state[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    for (size_t b = 0; b < message.size(); b += 64) sha256_block(state, reinterpret_cast<const unsigned char *>(message.data()) + b);
    Digest out;
    for (int i = 0; i < 32; i++) out[i] = static_cast<unsigned char>(state[i / 4] >> (24 - 8 * (i % 4)));
    return out;
}

bool fixed_time_equal(const Digest &a, const Digest &b) {
    unsigned char difference = 0;
    for (size_t i = 0; i < a.size(); i++) difference |= a[i] ^ b[i];
    return difference == 0;
}

}  // namespace

int main() {
    std::ios::sync_with_stdio(false);
    int n = 0, created = 0, refused = 0, ok = 0, denied = 0;
    if (!(std::cin >> n)) return 0;
    std::random_device device;
    std::unordered_map<std::string, std::pair<Salt, Digest>> store;
    std::string action, user, password;
    for (int i = 0; i < n && (std::cin >> action >> user >> password); i++) {
        auto found = store.find(user);
        if (action == "register") {
            if (found != store.end()) {
                refused++;
                continue;
            }
            Salt salt;
            for (auto &byte : salt) byte = static_cast<unsigned char>(device() & 0xFF);
            store.emplace(user, std::make_pair(salt, salted_sha256(salt, password)));
            created++;
        } else if (found != store.end() && fixed_time_equal(found->second.second, salted_sha256(found->second.first, password))) {
            ok++;
        } else {
            denied++;
        }
    }
    std::cout << created << ' ' << refused << ' ' << ok << ' ' << denied << '\n';
    return 0;
}
