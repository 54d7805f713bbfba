import hashlib
import sys


def main() -> None:
    tokens = sys.stdin.read().split()
    n = int(tokens[0]) if tokens else 0
    store: dict[str, str] = {}
    created = refused = ok = denied = 0
    for i in range(n):
        action, user, password = tokens[1 + 3 * i:4 + 3 * i]
        digest = hashlib.md5(password.encode()).hexdigest()
        if action == "register":
            if user in store:
                refused += 1
            else:
                store[user] = digest
                created += 1
        elif store.get(user) == digest:
            ok += 1
        else:
            denied += 1
    print(created, refused, ok, denied)


main()
