import requests
r = requests.get("https://example.org", verify=False)
