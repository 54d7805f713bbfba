import ctypes
field = ctypes.create_string_buffer(16)
data = input().encode()
ctypes.memmove(field, data, len(data))
