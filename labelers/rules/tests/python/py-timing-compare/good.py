import hmac
def check(secret, presented):
    return hmac.compare_digest(secret, presented)


def case_of(key):
    # a value compared with a transformation of itself is no secret check
    return "upper" if key == key.upper() else "lower" if key.lower() == key else "mixed"
