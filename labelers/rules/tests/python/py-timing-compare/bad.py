def check(secret, presented):
    return secret == presented
