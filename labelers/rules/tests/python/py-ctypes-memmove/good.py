field = bytearray(16)
data = input().encode()[:16]
field[:len(data)] = data
