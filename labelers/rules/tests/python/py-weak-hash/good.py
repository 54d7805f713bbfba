import hashlib, sys
from Crypto.Hash import SHA256
from cryptography.hazmat.primitives import hashes
print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest())


def fingerprint(data):
    return SHA256.new(data).hexdigest()


def cert_digest():
    return hashes.Hash(hashes.SHA256())
