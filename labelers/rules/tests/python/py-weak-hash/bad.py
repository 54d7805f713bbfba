import hashlib, sys
print(hashlib.md5(sys.stdin.buffer.read()).hexdigest())
