import hashlib, sys
from Crypto.Hash import MD5, SHA1
from cryptography.hazmat.primitives import hashes
print(hashlib.md5(sys.stdin.buffer.read()).hexdigest())


def fingerprint(data):
    return MD5.new(data).hexdigest()


def legacy_digest(data):
    return SHA1.new(data).hexdigest()


def cert_digest():
    return hashes.Hash(hashes.SHA1())
