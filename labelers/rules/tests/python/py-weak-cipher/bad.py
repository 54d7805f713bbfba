from Crypto.Cipher import AES, DES3
import pyDes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt(key, iv, data):
    return DES3.new(key, DES3.MODE_CFB, iv).encrypt(data)


def encrypt_default_mode(key, data):
    return AES.new(key).encrypt(data)


def encrypt_pydes(key, data):
    return pyDes.triple_des(key, pyDes.CBC, b"\0" * 8, padmode=pyDes.PAD_PKCS5).encrypt(data)


def encrypt_idea(key, iv, data):
    encryptor = Cipher(algorithms.IDEA(key), modes.CBC(iv)).encryptor()
    return encryptor.update(data) + encryptor.finalize()
