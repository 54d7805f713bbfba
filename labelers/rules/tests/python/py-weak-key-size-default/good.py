from Crypto.PublicKey import RSA


def generate_keys(bits=3072):
    key = RSA.generate(bits)
    return key.publickey(), key
