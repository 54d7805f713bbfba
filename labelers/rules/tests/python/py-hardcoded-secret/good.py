import os
DB_PASSWORD = os.environ.get("DB_PASSWORD", "")
api_key = os.environ["API_KEY"]
