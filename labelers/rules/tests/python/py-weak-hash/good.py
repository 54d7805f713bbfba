import hashlib, sys
print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest())
