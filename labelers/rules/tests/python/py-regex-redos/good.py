import re
HANDLE = re.compile(r"^[a-z0-9]+(?:[.-][a-z0-9]+)*$")
