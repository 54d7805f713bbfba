import hashlib
import hmac
import os
import sys

ITERATIONS = 100


def derive(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS)


def main() -> None:
    tokens = sys.stdin.read().split()
    n = int(tokens[0]) if tokens else 0
    store: dict[str, tuple[bytes, bytes]] = {}
    created = refused = ok = denied = 0
    for i in range(n):
        action, user, password = tokens[1 + 3 * i:4 + 3 * i]
        if action == "register":
            if user in store:
                refused += 1
            else:
                salt = os.urandom(16)
                store[user] = (salt, derive(password, salt))
                created += 1
        else:
            entry = store.get(user)
            if entry is not None and hmac.compare_digest(entry[1], derive(password, entry[0])):
                ok += 1
            else:
                denied += 1
    print(created, refused, ok, denied)


main()
