def check(secret, presented)
  secret == presented
end
