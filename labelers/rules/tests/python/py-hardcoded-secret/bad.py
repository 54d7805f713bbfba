DB_PASSWORD = "s3cr3t-passw0rd"
api_key = "AKIA1234567890"
