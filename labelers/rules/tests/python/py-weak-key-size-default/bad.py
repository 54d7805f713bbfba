from Crypto.PublicKey import RSA


def generate_keys(bits=1024):
    key = RSA.generate(bits)
    return key.publickey(), key
