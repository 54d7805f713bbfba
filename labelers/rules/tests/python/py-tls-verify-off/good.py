import requests
r = requests.get("https://example.org", timeout=5)
