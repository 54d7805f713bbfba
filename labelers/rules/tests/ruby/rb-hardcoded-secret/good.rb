DB_PASSWORD = ENV.fetch("DB_PASSWORD", "")
api_key = ENV["API_KEY"]
