n = STDIN.read.to_i
if n < 2
  puts 0
else
  is_prime = Array.new(n + 1, true)
  is_prime[0] = is_prime[1] = false
  p = 2
  while p * p <= n
    if is_prime[p]
      (p * p).step(n, p) { |m| is_prime[m] = false }
    end
    p += 1
  end
  puts is_prime.count(true)
end
