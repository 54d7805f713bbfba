import hmac
def check(secret, presented):
    return hmac.compare_digest(secret, presented)
